import { UPLOAD_CSRF_HEADER, UPLOAD_PATH, type UploadedFile } from '@kakehashi/shared-contracts';

/** POST /uploads with the raw file; the custom header is what keeps another site from posting. */
export async function uploadImage(file: File): Promise<{ url: string }> {
  const response = await fetch(UPLOAD_PATH, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': file.type, [UPLOAD_CSRF_HEADER]: 'kakehashi' },
    body: file,
  });
  if (!response.ok) throw new Error(`upload failed with HTTP ${response.status}`);
  const answer = (await response.json()) as UploadedFile;
  return { url: answer.url };
}
