// Kept apart from the editor module so that pages can name these types without loading Tiptap.

/** Stores an image and answers with the URL the body should point at. */
export type UploadImage = (file: File) => Promise<{ url: string }>;

export interface RichTextEditorProps {
  /**
   * The body as HTML. Pass back what `onChange` gave you: the editor recognizes its own
   * output and leaves the document (and an IME composition in progress) alone. Any other
   * value replaces the document.
   */
  value: string;
  onChange: (html: string) => void;
  /** Accessible name of the editing area (the field's label). */
  label: string;
  placeholder?: string;
  disabled?: boolean;
  /** Stores pasted, dropped or chosen images. Without it, the image button is hidden. */
  onUploadImage?: UploadImage;
  /** Largest image, checked before uploading (default: what POST /uploads takes). */
  maxImageBytes?: number;
  /** Largest body in UTF-8 bytes of HTML (EDITION_BODY_MAX_BYTES for editions); a counter appears near the limit. */
  maxBytes?: number;
  /** Ids of elements describing the field (a hint, a validation message). */
  'aria-describedby'?: string;
  /** Marks the editing area invalid (for a form's validation message). */
  invalid?: boolean;
  className?: string;
}
