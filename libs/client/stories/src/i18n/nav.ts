// The only stories strings the app shell needs before a stories page loads: the navigation's
// label. The rest of the namespace arrives with the pages (see ./use-stories-messages).

export const storiesNavJa = {
  stories: '成功事例',
};

export const storiesNavEn: typeof storiesNavJa = {
  stories: 'Success stories',
};
