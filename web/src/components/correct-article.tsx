import { useState } from 'preact/hooks';

import { errorSentence, reopenArticle } from '../api/drafts';
import { useEditorKey } from '../api/editor-key';
import { links } from '../lib/route';
import { navigate } from '../router';

/**
 * "Correct this article": a new draft of a published article, its statements as they are
 * (accepted), opened for review. With no editor key it says where to enter one.
 */
export function CorrectArticle({ articleId }: { articleId: string }) {
  const key = useEditorKey();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  if (!key) {
    return (
      <p class="hint correct-article">
        To correct this article, enter an editor key on the <a href={links.drafts()}>drafts</a> page.
      </p>
    );
  }
  return (
    <span class="correct-article">
      <button
        type="button"
        class="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setProblem(undefined);
          try {
            navigate(links.review(await reopenArticle(articleId)));
          } catch (error) {
            setProblem(errorSentence(error));
            setBusy(false);
          }
        }}
      >
        {busy ? 'Opening a draft…' : 'Correct this article'}
      </button>
      {problem && (
        <span class="field-problem" role="alert">
          {' '}
          {problem}
        </span>
      )}
    </span>
  );
}
