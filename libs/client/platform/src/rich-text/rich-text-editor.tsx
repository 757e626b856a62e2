import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import type { EditorProps } from '@tiptap/pm/view';
import { useTranslation } from 'react-i18next';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { UPLOAD_MAX_BYTES } from '@kakehashi/shared-contracts';
import { useLocale } from '../i18n/i18n';
import { formatBytes, utf8ByteLength } from './byte-size';
import { useRichTextStyles } from './rich-text-styles';
import { useVisuallyHiddenStyles } from '../ui/visually-hidden';
import { createEditorExtensions } from './editor-extensions';
import { EditorToolbar } from './editor-toolbar';
import { EmittedValues } from './emitted-values';
import { ACCEPTED_IMAGE_ACCEPT, filesOf } from './image-files';
import { normalizeLinkUrl } from './link-url';
import { TextPromptDialog } from './text-prompt-dialog';
import type { RichTextEditorProps } from './types';
import { useImageUploads } from './use-image-uploads';

/** The counter shows from this share of `maxBytes` on. */
const NEAR_LIMIT = 0.8;
/** Height of the platform's sticky top bar: the toolbar sticks just below it. */
const TOP_BAR_HEIGHT = '48px';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  frame: {
    display: 'flex',
    flexDirection: 'column',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-within': {
      borderBottomColor: tokens.colorCompoundBrandStroke,
      boxShadow: `inset 0 -1px 0 ${tokens.colorCompoundBrandStroke}`,
    },
  },
  invalid: {
    ...shorthands.borderColor(tokens.colorPaletteRedBorder2),
    ':focus-within': { borderBottomColor: tokens.colorPaletteRedBorder2, boxShadow: `inset 0 -1px 0 ${tokens.colorPaletteRedBorder2}` },
  },
  disabled: { ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled), backgroundColor: tokens.colorNeutralBackgroundDisabled },
  toolbarSlot: { position: 'sticky', top: TOP_BAR_HEIGHT, zIndex: 1 },
  content: {
    '& .ProseMirror': {
      minHeight: '240px',
      padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
      outlineStyle: 'none',
    },
    '& .ProseMirror > :first-child': { marginTop: 0 },
    // Placeholder (Tiptap's Placeholder extension marks the empty first paragraph).
    '& .ProseMirror p.is-editor-empty:first-child::before': {
      content: 'attr(data-placeholder)',
      float: 'left',
      height: 0,
      pointerEvents: 'none',
      color: tokens.colorNeutralForeground4,
    },
    '& .ProseMirror-selectednode': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
    '& .ProseMirror .selectedCell': { backgroundColor: tokens.colorBrandBackground2 },
    '& .ProseMirror .tableWrapper': { overflowX: 'auto' },
  },
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  footer: { display: 'flex', justifyContent: 'flex-end', minHeight: '1lh' },
  counter: { color: tokens.colorNeutralForeground3 },
  counterOver: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  errorList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  fileInput: { display: 'none' },
});

/** Focus the toolbar's current (or first) button, as Alt+F10 promises. */
function focusToolbar(toolbar: HTMLElement | null): void {
  const target =
    toolbar?.querySelector<HTMLElement>('button[tabindex="0"]:not([disabled])') ??
    toolbar?.querySelector<HTMLElement>('button:not([disabled])');
  target?.focus();
}

function isSameDocument(editor: Editor, html: string): boolean {
  return html === editor.getHTML() || (html.trim() === '' && editor.isEmpty);
}

/**
 * The rich-text editor for edition bodies and stories (Tiptap 3 with a Fluent toolbar).
 *
 * IME: the document is only replaced when `value` is something the editor did not emit, and
 * never while a composition is in progress (it waits for compositionend). Everything the
 * editor needs from React (label, placeholder, callbacks) is read through refs, so re-renders
 * of the page never reconfigure ProseMirror while someone is typing.
 */
export default function RichTextEditor({
  value,
  onChange,
  label,
  placeholder,
  disabled = false,
  onUploadImage,
  maxImageBytes = UPLOAD_MAX_BYTES,
  maxBytes,
  invalid = false,
  className,
  'aria-describedby': describedBy,
}: RichTextEditorProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const styles = useStyles();
  const richText = useRichTextStyles();
  const visuallyHidden = useVisuallyHiddenStyles();
  const hintId = useId();
  const sizeId = useId();
  const toolbarRef = useRef<HTMLDivElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);

  const [bytes, setBytes] = useState(() => utf8ByteLength(value));
  const overLimit = maxBytes !== undefined && bytes > maxBytes;
  const nearLimit = maxBytes !== undefined && bytes >= maxBytes * NEAR_LIMIT;

  const attributes = useMemo(
    () => ({
      'aria-label': label,
      'aria-multiline': 'true',
      'aria-describedby': [hintId, nearLimit ? sizeId : null, describedBy].filter(Boolean).join(' '),
      'aria-invalid': String(invalid || overLimit),
      'aria-readonly': String(disabled),
    }),
    [label, hintId, sizeId, nearLimit, describedBy, invalid, overLimit, disabled],
  );
  // Read by ProseMirror on its own schedule: always the latest props, never a reconfiguration.
  const latest = useRef({ onChange, placeholder: placeholder ?? '', attributes });
  useEffect(() => {
    latest.current = { onChange, placeholder: placeholder ?? '', attributes };
  });

  const emitted = useRef<EmittedValues | null>(null);
  emitted.current ??= new EmittedValues();
  const pasteDrop = useRef<{
    paste: (event: ClipboardEvent) => boolean;
    drop: (event: DragEvent, position: number | undefined) => boolean;
  }>({
    paste: () => false,
    drop: () => false,
  });

  const compositionEnded = useRef<() => void>(() => undefined);
  const [options] = useState(() => {
    const editorProps: EditorProps = {
      attributes: () => latest.current.attributes,
      handleDOMEvents: {
        compositionend: () => {
          compositionEnded.current();
          return false;
        },
      },
      handlePaste: (_view, event) => pasteDrop.current.paste(event),
      handleDrop: (view, event, _slice, moved) => {
        if (moved) return false;
        const position = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        return pasteDrop.current.drop(event, position);
      },
    };
    return {
      extensions: createEditorExtensions({
        placeholder: () => latest.current.placeholder,
        focusToolbar: () => focusToolbar(toolbarRef.current),
      }),
      content: value,
      editorProps,
    };
  });

  const editor = useEditor({
    ...options,
    editable: !disabled,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: updated }) => {
      const html = updated.getHTML();
      emitted.current?.add(html);
      setBytes(utf8ByteLength(html));
      latest.current.onChange(html);
    },
  });

  const uploads = useImageUploads(editor, onUploadImage, maxImageBytes);
  const canUpload = onUploadImage !== undefined;
  useEffect(() => {
    pasteDrop.current = {
      paste: (event) => {
        const files = filesOf(event.clipboardData);
        // Office puts a picture of the copied text next to the HTML: keep the text in that case.
        if (!canUpload || files.length === 0 || event.clipboardData?.getData('text/plain')) return false;
        uploads.upload(files);
        return true;
      },
      drop: (event, position) => {
        const files = filesOf(event.dataTransfer);
        if (!canUpload || files.length === 0) return false;
        event.preventDefault();
        uploads.upload(files, position);
        return true;
      },
    };
  }, [canUpload, uploads]);

  // Outside changes of `value` (a reset, another edition loaded) replace the document.
  const pendingValue = useRef<string | null>(null);
  const applyOutsideValue = useCallback(
    (next: string) => {
      if (editor.isDestroyed) return;
      if (editor.view.composing) {
        // Never under an IME composition: retried on compositionend.
        pendingValue.current = next;
        return;
      }
      pendingValue.current = null;
      if (isSameDocument(editor, next)) return;
      editor.commands.setContent(next, { emitUpdate: false });
      emitted.current?.clear();
      setBytes(utf8ByteLength(editor.getHTML()));
    },
    [editor],
  );
  useEffect(() => {
    if (emitted.current?.acknowledge(value)) return;
    applyOutsideValue(value);
  }, [value, applyOutsideValue]);
  useEffect(() => {
    compositionEnded.current = () => {
      // ProseMirror finishes the composition after this event: apply on the next tick.
      window.setTimeout(() => {
        if (pendingValue.current !== null) applyOutsideValue(pendingValue.current);
      }, 0);
    };
  }, [applyOutsideValue]);

  useEffect(() => {
    if (editor.isEditable === disabled) editor.setEditable(!disabled, false);
  }, [editor, disabled]);

  // New attributes or placeholder reach ProseMirror through a transaction that changes
  // nothing in the document (no onChange, no history), and not during a composition.
  useEffect(() => {
    if (editor.isDestroyed || editor.view.composing) return;
    // preventUpdate: a trailing paragraph appended by Tiptap on the way is not the user's edit.
    editor.view.dispatch(editor.state.tr.setMeta('kakehashi/refresh', true).setMeta('preventUpdate', true));
  }, [editor, attributes, placeholder]);

  const [linkDialogOpen, setLinkDialogOpen] = useState(false);
  const [altDialogOpen, setAltDialogOpen] = useState(false);
  const currentHref = (): string => {
    const href: unknown = editor.getAttributes('link')['href'];
    return typeof href === 'string' ? href : '';
  };
  const currentAlt = (): string => {
    const alt: unknown = editor.getAttributes('image')['alt'];
    return typeof alt === 'string' ? alt : '';
  };

  const applyLink = (input: string): string | null => {
    const result = normalizeLinkUrl(input);
    if (!result.ok) return t(`richText.linkDialog.errors.${result.reason}`);
    const { from, to } = editor.state.selection;
    if (from === to && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the link text.
      editor
        .chain()
        .insertContent({ type: 'text', text: result.url, marks: [{ type: 'link', attrs: { href: result.url } }] })
        .run();
    } else editor.chain().extendMarkRange('link').setLink({ href: result.url }).run();
    setLinkDialogOpen(false);
    return null;
  };

  const progress = uploads.progress;
  return (
    <div className={mergeClasses(styles.root, className)}>
      <div className={mergeClasses(styles.frame, (invalid || overLimit) && styles.invalid, disabled && styles.disabled)}>
        <div className={styles.toolbarSlot}>
          <EditorToolbar
            editor={editor}
            disabled={disabled}
            toolbarRef={toolbarRef}
            onInsertImage={canUpload ? () => fileInputRef.current?.click() : undefined}
            onEditLink={() => setLinkDialogOpen(true)}
            onEditAlt={() => setAltDialogOpen(true)}
            onReturnToText={() => editor.commands.focus()}
          />
        </div>
        <EditorContent editor={editor} className={mergeClasses(richText.root, styles.content)} />
      </div>

      {progress || uploads.errors.length > 0 ? (
        <div className={styles.status}>
          {progress ? (
            <div role="status">
              <Text size={200}>{t('richText.imageUpload.uploading', { done: progress.done, total: progress.total })}</Text>
              <ProgressBar aria-hidden="true" value={progress.total > 1 ? progress.done / progress.total : undefined} />
            </div>
          ) : null}
          {uploads.errors.length > 0 ? (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>
                {uploads.errors.length === 1 ? (
                  uploads.errors[0]
                ) : (
                  <ul className={styles.errorList}>
                    {uploads.errors.map((message) => (
                      <li key={message}>{message}</li>
                    ))}
                  </ul>
                )}
              </MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button
                    appearance="transparent"
                    icon={<DismissRegular />}
                    aria-label={t('richText.imageUpload.dismiss')}
                    onClick={uploads.dismissErrors}
                  />
                }
              />
            </MessageBar>
          ) : null}
        </div>
      ) : null}

      {maxBytes !== undefined && nearLimit ? (
        <div className={styles.footer}>
          <Text id={sizeId} size={200} className={overLimit ? styles.counterOver : styles.counter}>
            {t('richText.size', { used: formatBytes(bytes, locale), max: formatBytes(maxBytes, locale) })}
          </Text>
        </div>
      ) : null}
      {overLimit ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('richText.tooLarge', { max: formatBytes(maxBytes, locale) })}</MessageBarBody>
        </MessageBar>
      ) : null}

      <span id={hintId} className={visuallyHidden.root}>
        {t('richText.keyboardHint')}
      </span>
      {canUpload ? (
        <input
          ref={fileInputRef}
          type="file"
          accept={ACCEPTED_IMAGE_ACCEPT}
          multiple
          tabIndex={-1}
          aria-hidden="true"
          className={styles.fileInput}
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            // Cleared so that choosing the same file again still fires onChange.
            event.currentTarget.value = '';
            uploads.upload(files);
          }}
        />
      ) : null}

      <TextPromptDialog
        open={linkDialogOpen}
        title={t('richText.linkDialog.title')}
        label={t('richText.linkDialog.label')}
        hint={t('richText.linkDialog.hint')}
        placeholder={t('richText.linkDialog.placeholder')}
        inputType="url"
        initialValue={linkDialogOpen ? currentHref() : ''}
        applyLabel={t('richText.linkDialog.apply')}
        cancelLabel={t('richText.linkDialog.cancel')}
        onApply={applyLink}
        onDismiss={() => setLinkDialogOpen(false)}
        secondaryAction={
          linkDialogOpen && editor.isActive('link') ? (
            <Button
              appearance="subtle"
              onClick={() => {
                editor.chain().extendMarkRange('link').unsetLink().run();
                setLinkDialogOpen(false);
              }}
            >
              {t('richText.linkDialog.remove')}
            </Button>
          ) : undefined
        }
      />
      <TextPromptDialog
        open={altDialogOpen}
        title={t('richText.altDialog.title')}
        label={t('richText.altDialog.label')}
        hint={t('richText.altDialog.hint')}
        initialValue={altDialogOpen ? currentAlt() : ''}
        applyLabel={t('richText.altDialog.apply')}
        cancelLabel={t('richText.altDialog.cancel')}
        onApply={(alt) => {
          editor.chain().updateAttributes('image', { alt: alt.trim() }).run();
          setAltDialogOpen(false);
          return null;
        }}
        onDismiss={() => setAltDialogOpen(false)}
      />
    </div>
  );
}
