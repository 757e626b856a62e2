// The only directory strings the app shell needs before a directory page loads: the navigation's
// labels. The rest of the namespace arrives with the pages (see ./use-directory-messages).

export const directoryNavJa = {
  teams: { nav: 'チーム' },
  orgChart: { nav: '組織図' },
};

export const directoryNavEn: typeof directoryNavJa = {
  teams: { nav: 'Teams' },
  orgChart: { nav: 'Org chart' },
};
