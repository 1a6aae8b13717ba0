/** X-like home timeline: a real Draft.js composer ("What is happening?!"), a 280 counter and a Post button. */
import './node-global.ts'; // must come before draft-js
import 'draft-js/dist/Draft.css';
import { type DraftHandleValue, Editor, EditorState, getDefaultKeyBinding, RichUtils } from 'draft-js';
import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { byId } from './dom.ts';
import { registerBox } from './hooks.ts';

const LIMIT = 280;

interface Tweet {
  id: number;
  name: string;
  handle: string;
  text: string;
}

const SEED: Tweet[] = [
  { id: 2, name: 'Oakfield Primary', handle: '@OakfieldPrimary', text: 'Year 4 had a brilliant time at the science museum today 🔬 Thank you to all our parent helpers!' },
  { id: 1, name: 'Local Weather', handle: '@LocalWeather', text: 'Showers clearing by lunchtime, sunny spells this afternoon. 17°C.' },
];

/** A Draft.js selection point as an offset into `getPlainText('\n')`. */
function plainOffset(state: EditorState, blockKey: string, offset: number): number {
  let before = 0;
  for (const block of state.getCurrentContent().getBlocksAsArray()) {
    if (block.getKey() === blockKey) return before + offset;
    before += block.getLength() + 1; // the '\n' getPlainText puts between blocks
  }
  return before + offset;
}

function Composer({ onPost }: { onPost: (text: string) => void }) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  // The state the editor was last given, read by window.demo.
  const latest = useRef(editorState);
  const wrapper = useRef<HTMLDivElement>(null);
  const editor = useRef<Editor>(null);

  const change = (next: EditorState): void => {
    latest.current = next;
    setEditorState(next);
  };

  // A layout effect, with the first render flushed synchronously below, so the box is on
  // window.demo by the time this module has run (before DOMContentLoaded).
  useLayoutEffect(() => {
    const editable = wrapper.current?.querySelector<HTMLElement>('[contenteditable]');
    if (!editable) throw new Error('demo: Draft.js rendered no contenteditable');
    return registerBox('composer', {
      element: editable,
      text: () => latest.current.getCurrentContent().getPlainText('\n'),
      selection: () => {
        const state = latest.current;
        const selection = state.getSelection();
        return {
          anchor: plainOffset(state, selection.getAnchorKey(), selection.getAnchorOffset()),
          focus: plainOffset(state, selection.getFocusKey(), selection.getFocusOffset()),
        };
      },
    });
  }, []);

  const handleKeyCommand = (command: string, state: EditorState): DraftHandleValue => {
    const next = RichUtils.handleKeyCommand(state, command);
    if (!next) return 'not-handled';
    change(next);
    return 'handled';
  };

  const text = editorState.getCurrentContent().getPlainText('\n');
  const length = [...text].length;
  const remaining = LIMIT - length;
  const canPost = text.trim() !== '' && remaining >= 0;

  const post = (): void => {
    if (!canPost) return;
    onPost(text);
    change(EditorState.createEmpty());
  };

  return (
    <section className="x-composer" aria-label="Compose a post">
      <span className="x-avatar" aria-hidden="true">S</span>
      <div className="x-body">
        <div className="x-editor" ref={wrapper} onClick={() => editor.current?.focus()}>
          <Editor
            ref={editor}
            editorState={editorState}
            onChange={change}
            handleKeyCommand={handleKeyCommand}
            keyBindingFn={getDefaultKeyBinding}
            placeholder="What is happening?!"
            ariaLabel="Post text"
            ariaMultiline
            webDriverTestID="tweetTextarea_0"
            spellCheck
          />
        </div>
        <div className="x-toolbar">
          <span
            className={`x-count${remaining < 0 ? ' over' : remaining <= 20 ? ' warn' : ''}`}
            id="counter"
            aria-live="polite"
            aria-label={`${remaining} characters remaining`}
          >
            {remaining}
          </span>
          <button type="button" className="x-post" id="post" disabled={!canPost} onClick={post}>
            Post
          </button>
        </div>
      </div>
    </section>
  );
}

function Home() {
  const [tweets, setTweets] = useState<Tweet[]>(SEED);
  const addTweet = (text: string): void =>
    setTweets((list) => [{ id: Date.now(), name: 'Sam Taylor', handle: '@samtaylor', text }, ...list]);

  return (
    <>
      <div className="x-tabs">
        <span className="on">For you</span>
        <span>Following</span>
      </div>
      <Composer onPost={addTweet} />
      <div id="timeline" aria-label="Timeline">
        {tweets.map((tweet) => (
          <article className="x-tweet" key={tweet.id} data-demo-post="">
            <span className="x-avatar" aria-hidden="true">
              {tweet.name.slice(0, 1)}
            </span>
            <div>
              <strong>{tweet.name}</strong> <span className="muted">{tweet.handle}</span>
              <p className="pre">{tweet.text}</p>
            </div>
          </article>
        ))}
      </div>
    </>
  );
}

const root = createRoot(byId('root'));
flushSync(() => root.render(<Home />));
