/**
 * The season's rules that coordinators may want to change without a release, read from the
 * configuration once. Defaults follow the region's practice where the domain facts give one.
 */
export interface Settings {
  /** E-mail addresses that are always admins: the first admin comes from here. */
  admins: readonly string[];
  /** How long a waitlisted person has to accept a freed seat before it passes on. */
  offerHoldHours: number;
  /** Days before the registration deadline when invitees who have not answered are reminded. */
  invitationReminderDays: readonly number[];
  /** Days before the forum when the registered get practical information. */
  practicalInfoDays: number;
  /** Local time of the coordinators' daily digest while registration is open (`HH:MM`). */
  digestTime: string;
  /** Days after the forum ends when the evaluation goes to those who attended. */
  evaluationDelayDays: number;
  /** Days after a forum ends when its diet, allergy and accessibility details are deleted. */
  personalDetailsRetentionDays: number;
  /** Where `säkerhetskopia` writes backups of the database (BACKUP_DIR; default data/backups). */
  backupDir?: string;
}

export const defaultSettings: Settings = {
  admins: [],
  offerHoldHours: 48,
  invitationReminderDays: [14, 7],
  practicalInfoDays: 3,
  digestTime: '08:00',
  evaluationDelayDays: 0,
  personalDetailsRetentionDays: 30,
};
