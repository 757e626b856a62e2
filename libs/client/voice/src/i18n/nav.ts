// The only voice strings the app shell needs before a voice page loads: the navigation's label.
// The rest of the namespace arrives with the pages (see ./use-voice-messages).

export const voiceNavJa = {
  voice: '顧客の声',
};

export const voiceNavEn: typeof voiceNavJa = {
  voice: 'Customer voice',
};
