// (fragment statement/full-text-hits) The statements both full-text indexes find, collected as
// `hits`: $textDe with German stemming over the originals, $textEn with English stemming over
// the English texts and translations; '' searches nothing.
CALL {
  WITH $textDe AS q WHERE q <> ''
  CALL db.index.fulltext.queryNodes('statement_text_de', q) YIELD node
  RETURN node
  UNION
  WITH $textEn AS q WHERE q <> ''
  CALL db.index.fulltext.queryNodes('statement_text_en', q) YIELD node
  RETURN node
}
WITH collect(node) AS hits
