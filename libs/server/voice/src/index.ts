export { VoiceModule } from './voice.module';
export { VOICE_ENTITIES } from './entities';
/** The triage reminder job's handler (tests run it directly). */
export { TriageReminder } from './triage/triage-reminder';
export { seedVoice, type VoiceSeedCounts, type VoiceSeedDirectory } from './seed/seed-voice';
