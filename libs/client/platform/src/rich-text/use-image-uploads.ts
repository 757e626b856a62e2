import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/i18n';
import { formatBytes } from './byte-size';
import { isAllowedImageSrc } from './html-allowlist';
import { isAcceptedImage } from './image-files';
import type { UploadImage } from './types';

export interface ImageUploadProgress {
  done: number;
  total: number;
}

export interface ImageUploads {
  /** Null when nothing is uploading. */
  progress: ImageUploadProgress | null;
  errors: string[];
  dismissErrors: () => void;
  /** Uploads the images among `files` and inserts them at `position` (else at the selection). */
  upload: (files: File[], position?: number) => void;
}

/** Uploads images one after another, inserting each as soon as the server has it. */
export function useImageUploads(editor: Editor, onUploadImage: UploadImage | undefined, maxImageBytes: number | undefined): ImageUploads {
  const { t } = useTranslation();
  const locale = useLocale();
  const [progress, setProgress] = useState<ImageUploadProgress | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const mounted = useRef(true);
  // Batches started while another is running add up into one progress figure.
  const batch = useRef<ImageUploadProgress>({ done: 0, total: 0 });
  const uploadRef = useRef(onUploadImage);

  useEffect(() => {
    uploadRef.current = onUploadImage;
  }, [onUploadImage]);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const upload = useCallback(
    (files: File[], position?: number) => {
      const uploadImage = uploadRef.current;
      if (!uploadImage || files.length === 0) return;
      const problems: string[] = [];
      const images = files.filter((file) => {
        if (!isAcceptedImage(file)) {
          if (!problems.includes(t('richText.imageUpload.wrongType'))) problems.push(t('richText.imageUpload.wrongType'));
          return false;
        }
        if (maxImageBytes !== undefined && file.size > maxImageBytes) {
          problems.push(t('richText.imageUpload.tooLarge', { name: file.name, max: formatBytes(maxImageBytes, locale) }));
          return false;
        }
        return true;
      });
      setErrors(problems);
      if (images.length === 0) return;

      const publish = () => {
        if (mounted.current) setProgress(batch.current.total > batch.current.done ? { ...batch.current } : null);
      };
      const run = async () => {
        batch.current = { done: batch.current.done, total: batch.current.total + images.length };
        publish();
        let insertAt = position;
        for (const file of images) {
          try {
            const { url } = await uploadImage(file);
            // The server answers with its own URL; anything else would be dropped on save anyway.
            if (!isAllowedImageSrc(url)) throw new Error('unexpected image URL');
            if (!editor.isDestroyed) {
              const image = { type: 'image', attrs: { src: url, alt: '' } };
              if (insertAt !== undefined) {
                editor.chain().insertContentAt(Math.min(insertAt, editor.state.doc.content.size), image).run();
                // Later images follow the first one, wherever the selection ended up.
                insertAt = undefined;
              } else editor.chain().focus().insertContent(image).run();
            }
          } catch {
            if (mounted.current) setErrors((current) => [...current, t('richText.imageUpload.failed', { name: file.name })]);
          }
          batch.current = { done: batch.current.done + 1, total: batch.current.total };
          if (batch.current.done >= batch.current.total) batch.current = { done: 0, total: 0 };
          publish();
        }
      };
      void run();
    },
    [editor, maxImageBytes, locale, t],
  );

  const dismissErrors = useCallback(() => setErrors([]), []);
  return { progress, errors, dismissErrors, upload };
}
