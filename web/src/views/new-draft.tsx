import { useState } from 'preact/hooks';

import { errorSentence, extractDraft, idTaken, saveDraft } from '../api/drafts';
import type { DraftEntityData, EntityRef } from '../api/types';
import { EditorKeyStatus, RequireEditor } from '../components/editor-key';
import { EntityPicker } from '../components/entity-picker';
import { NewEntityForm } from '../components/new-entity';
import { ARTICLE_PREFIX, slugOf } from '../../../src/vocabulary';
import { articleFromHtml, articleFromPlainText } from '../lib/article-html';
import { links } from '../lib/route';
import { codePointLength } from '../lib/text';
import { navigate } from '../router';

/** A new article: its text pasted or read from a file, its details, then the extractor's proposals to review. */
export function NewDraftView() {
  return (
    <section class="view new-draft-view" aria-labelledby="new-draft-title">
      <p class="muted breadcrumbs">
        <a href={links.drafts()}>Drafts</a> › new
      </p>
      <h1 id="new-draft-title">Add an article</h1>
      <RequireEditor purpose="Adding an article">
        <EditorKeyStatus />
        <NewDraftForm />
      </RequireEditor>
    </section>
  );
}

type Stage = 'idle' | 'extracting' | 'saving';

function NewDraftForm() {
  const [text, setText] = useState('');
  const [file, setFile] = useState<string>();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState('');
  const [publishedAt, setPublishedAt] = useState('');
  const [url, setUrl] = useState('');
  const [publisher, setPublisher] = useState<EntityRef>();
  const [newPublisher, setNewPublisher] = useState<DraftEntityData>();
  const [stage, setStage] = useState<Stage>('idle');
  const [problem, setProblem] = useState<string>();

  const read = async (chosen: File) => {
    setProblem(undefined);
    const raw = await chosen.text();
    if (/\.html?$/i.test(chosen.name) || chosen.type === 'text/html') {
      const page = articleFromHtml(new DOMParser().parseFromString(raw, 'text/html'));
      if (!page.text) return setProblem(`No article text was found in ${chosen.name}.`);
      setText(page.text);
      if (!title && page.title) setTitle(page.title);
      if (!url && page.url) setUrl(page.url);
      if (!publishedAt && page.publishedAt) setPublishedAt(page.publishedAt);
      setFile(`${chosen.name} (HTML: the article's paragraphs, shown below)`);
    } else {
      setText(articleFromPlainText(raw));
      setFile(chosen.name);
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return setProblem('Paste the article’s text or upload a file first.');
    if (!title.trim()) return setProblem('Give the article’s title.');
    if (url && !/^https?:\/\/\S+$/.test(url.trim())) return setProblem('The address must start with http:// or https://.');
    setProblem(undefined);
    try {
      setStage('extracting');
      const proposals = await extractDraft(text, language || null, title.trim());
      setStage('saving');
      const draft = await saveDraft({
        text,
        articleId: await freeArticleId(title),
        title: title.trim(),
        language: proposals.language,
        url: url.trim() || null,
        publishedAt: publishedAt || null,
        source: publisher?.id ?? null,
        entities: [...proposals.entities, ...(newPublisher && publisher?.id === newPublisher.id ? [newPublisher] : [])],
        statements: proposals.statements,
      });
      navigate(links.review(draft.id));
    } catch (error) {
      setProblem(errorSentence(error));
      setStage('idle');
    }
  };

  const busy = stage !== 'idle';
  return (
    <form class="new-draft" onSubmit={submit} aria-describedby="new-draft-help">
      <p id="new-draft-help" class="hint">
        The extractor proposes the article’s statements; you review them next. Nothing reaches the graph until you publish.
      </p>
      <div class="panel">
        <label for="article-text">Article text</label>
        <textarea
          id="article-text"
          rows={12}
          value={text}
          spellcheck={false}
          aria-describedby="article-text-count"
          onInput={(e) => {
            setText((e.target as HTMLTextAreaElement).value);
            setFile(undefined);
          }}
        />
        <p id="article-text-count" class="hint">
          {file ? `From ${file}. ` : ''}
          {text ? `${codePointLength(text)} characters. This is the text that will be used; it cannot change once the draft exists.` : 'Paste the text here.'}
        </p>
        <label for="article-file">Or upload a .txt or .html file</label>
        <input
          id="article-file"
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          onChange={(e) => {
            const chosen = (e.target as HTMLInputElement).files?.[0];
            if (chosen) void read(chosen).catch((error) => setProblem(errorSentence(error)));
          }}
        />
      </div>
      <div class="panel details-grid">
        <div class="field wide">
          <label for="article-title">Title</label>
          <input id="article-title" type="text" value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="article-language">Language</label>
          <select id="article-language" value={language} onChange={(e) => setLanguage((e.target as HTMLSelectElement).value)}>
            <option value="">Detect from the text</option>
            <option value="de">German</option>
            <option value="en">English</option>
          </select>
        </div>
        <div class="field">
          <label for="article-date">Publication date</label>
          <input id="article-date" type="date" value={publishedAt} onChange={(e) => setPublishedAt((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field wide">
          <label for="article-url">Address (URL)</label>
          <input id="article-url" type="url" placeholder="https://…" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field wide">
          <EntityPicker
            label="Publisher"
            name="publisher"
            types={['Organization']}
            placeholder="A newspaper, broadcaster, agency…"
            extra={newPublisher ? [{ __typename: 'Organization', id: newPublisher.id, name: newPublisher.name }] : []}
            value={publisher}
            onChange={setPublisher}
          />
          <details class="new-entity-box">
            <summary>Publisher not in the graph?</summary>
            <NewEntityForm
              label="New publisher"
              types={['Organization']}
              kind="media outlet"
              taken={new Set()}
              onCreate={(entity, ref) => {
                setNewPublisher(entity);
                setPublisher(ref);
              }}
            />
          </details>
        </div>
      </div>
      {problem && (
        <p class="status error" role="alert">
          {problem}
        </p>
      )}
      <p class="actions">
        <button type="submit" class="button primary" disabled={busy}>
          {stage === 'extracting' ? 'Finding statements…' : stage === 'saving' ? 'Creating the draft…' : 'Find statements and start the review'}
        </button>
      </p>
    </form>
  );
}

/** `article:<slug of the title>`, or with -2, -3… when the graph has that id already. */
async function freeArticleId(title: string): Promise<string> {
  const base = `${ARTICLE_PREFIX}:${slugOf(title) || 'untitled'}`;
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await idTaken(id))) return id;
  }
}
