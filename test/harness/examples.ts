/**
 * The example operations the playground must offer (schema/examples.graphql): the questions the
 * API was first asked to answer. The file may hold more; the tests check that these are there.
 */
export const REQUIRED_EXAMPLES: readonly string[] = Object.freeze([
  'WhatDidTrumpSay',
  'StatementsAboutPutin',
  'TomahawkDeliveryPositions',
  'AllegedStatements',
  'ReportedByAxios',
  'StarmerToPutin',
  'WhatHappenedOn20251017',
  'IchBinRealist',
]);
