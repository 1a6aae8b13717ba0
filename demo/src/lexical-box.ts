/** A real Lexical editor (plain text + history) mounted on a contenteditable, registered as a demo box. */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  CLEAR_HISTORY_COMMAND,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  type ElementNode,
  HISTORY_MERGE_TAG,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
  type LexicalNode,
  mergeRegister,
  type PointType,
} from 'lexical';
import { registerBox } from './hooks.ts';

export interface LexicalBox {
  editor: LexicalEditor;
  element: HTMLElement;
  /** `$getRoot().getTextContent()` of the current editor state. */
  text(): string;
  selection(): DemoSelection | null;
  /** Empties the editor (one empty paragraph) and forgets its undo history. */
  clear(): void;
  /** Detaches the editor from its element and removes the box from `window.demo`. */
  destroy(): void;
}

export interface LexicalBoxOptions {
  /** The `data-demo-box` / `window.demo` name. */
  name: string;
  /**
   * When set, Enter without Shift never inserts a line break; instead this is
   * called just after the keystroke's update has committed (e.g. to send the
   * message). Shift+Enter still inserts a line break.
   */
  onEnter?: (box: LexicalBox) => void;
}

/**
 * Text before the first `count` children of `element`, measured exactly as
 * `ElementNode.getTextContent()` builds it: children's text, plus '\n\n' after
 * every non-inline element child except the last.
 */
function $textSizeBefore(element: ElementNode, count: number): number {
  const children = element.getChildren();
  let size = 0;
  for (let i = 0; i < count && i < children.length; i++) {
    const child = children[i] as LexicalNode;
    size += child.getTextContentSize();
    if ($isElementNode(child) && !child.isInline() && i !== children.length - 1) size += 2;
  }
  return size;
}

/** A selection point as an offset into `$getRoot().getTextContent()`. */
function $rootOffset(point: PointType): number {
  let node: LexicalNode = point.getNode();
  let offset = point.type === 'text' ? point.offset : $textSizeBefore(node as ElementNode, point.offset);
  for (let parent = node.getParent(); parent !== null; parent = node.getParent()) {
    offset += $textSizeBefore(parent, node.getIndexWithinParent());
    node = parent;
  }
  return offset;
}

function $ensureParagraph(): void {
  const root = $getRoot();
  if (root.getFirstChild() === null) root.append($createParagraphNode());
}

export function createLexicalBox(element: HTMLElement, options: LexicalBoxOptions): LexicalBox {
  element.contentEditable = 'true';
  element.setAttribute('role', 'textbox');
  element.setAttribute('aria-multiline', 'true');
  element.spellcheck = true;

  const editor = createEditor({
    namespace: `demo-${options.name}`,
    onError: (error) => console.error(error),
  });
  editor.setRootElement(element);

  const box: LexicalBox = {
    editor,
    element,
    text: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    selection: () =>
      editor.getEditorState().read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return null;
        return { anchor: $rootOffset(selection.anchor), focus: $rootOffset(selection.focus) };
      }),
    clear: () => {
      // Forget the history first, then make the empty state the new baseline
      // (HISTORY_MERGE_TAG with no current entry), so the cleared text is not undoable
      // but the next typing is.
      editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
      editor.update(
        () => {
          const paragraph = $createParagraphNode();
          $getRoot().clear().append(paragraph);
          if ($getSelection() !== null) paragraph.select();
        },
        { tag: HISTORY_MERGE_TAG },
      );
    },
    destroy: () => {
      unregister();
      editor.setRootElement(null);
    },
  };

  // The wrapper shows the placeholder while the editor is empty.
  const syncEmpty = (): void => {
    element.parentElement?.classList.toggle('is-empty', box.text() === '');
  };

  const unregister = mergeRegister(
    registerPlainText(editor),
    registerHistory(editor, createEmptyHistoryState(), 300),
    editor.registerUpdateListener(syncEmpty),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        const onEnter = options.onEnter;
        if (!onEnter || event === null || event.shiftKey) return false;
        event.preventDefault();
        // Outside this command's update, so onEnter can read and clear the editor normally.
        setTimeout(() => onEnter(box), 0);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    registerBox(options.name, box),
  );

  editor.update($ensureParagraph, { tag: HISTORY_MERGE_TAG });
  syncEmpty();
  return box;
}
