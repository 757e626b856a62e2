import { Extension, type Extensions } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import { NEW_TAB_REL, isAllowedImageSrc, isAllowedLinkHref } from './html-allowlist';

export interface EditorExtensionCallbacks {
  /** The current placeholder text (read on every render of the empty state). */
  placeholder: () => string;
  /** Moves focus to the formatting toolbar (Alt+F10). */
  focusToolbar: () => void;
}

// Images always carry alt: an empty one (decorative) until the editor writes a description.
const ImageWithAlt = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      alt: {
        default: '',
        parseHTML: (element: HTMLElement) => element.getAttribute('alt') ?? '',
      },
    };
  },
  parseHTML() {
    // Pasted HTML can carry any src: only the hub's uploads are kept, as the server does.
    return [{ tag: 'img[src]', getAttrs: (element: HTMLElement) => (isAllowedImageSrc(element.getAttribute('src') ?? '') ? null : false) }];
  },
});

/** Editor-wide keys that are not formatting. */
function editorShortcuts(callbacks: EditorExtensionCallbacks) {
  return Extension.create({
    name: 'kakehashiShortcuts',
    addKeyboardShortcuts() {
      return {
        // The usual way out of a rich-text area to its toolbar (as in Word Online and TinyMCE).
        'Alt-F10': () => {
          callbacks.focusToolbar();
          return true;
        },
      };
    },
  });
}

/**
 * Exactly the formatting the server's allowlist keeps: headings 2–4, bold, italic, underline,
 * strike, lists, links, images, quotes, tables, rules. Code marks and blocks are off.
 */
export function createEditorExtensions(callbacks: EditorExtensionCallbacks): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedLinkHref(url),
        HTMLAttributes: { target: '_blank', rel: NEW_TAB_REL },
      },
    }),
    ImageWithAlt.configure({ inline: false, allowBase64: false }),
    TableKit.configure({ table: { resizable: false } }),
    Placeholder.configure({ placeholder: () => callbacks.placeholder() }),
    editorShortcuts(callbacks),
  ];
}
