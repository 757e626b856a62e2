// The only goals strings the app shell needs before a goals page loads: the navigation's label.
// The rest of the namespace arrives with the pages (see ./use-goals-messages).

export const goalsNavJa = {
  goals: '目標ボード',
};

export const goalsNavEn: typeof goalsNavJa = {
  goals: 'Goal board',
};
