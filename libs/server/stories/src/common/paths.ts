/** Where a story leads in the web app (notifications link here). */
export function storyLink(id: string): string {
  return `/stories/${id}`;
}
