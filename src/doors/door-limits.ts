/**
 * How long the platform-given parts of a request may be before a door refuses it. Real ids
 * are far shorter (Slack `U024BE7LH`, Teams `29:1…` about 100 characters, a Teams channel
 * thread `19:…@thread.tacv2;messageid=…` about 80); these bounds only stop a forged payload
 * from storing megabytes as someone's id or name. Entra ID holds a display name to 256.
 */
export const doorLimits = {
  userId: 200,
  conversationId: 500,
  displayName: 256,
  /** A typed message: Slack cuts messages at 40,000 characters, Teams at about 28 KB. */
  text: 40_000,
} as const;
