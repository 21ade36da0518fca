import type { Platform } from '../chat.js';
import type { FoundUser, Outlet } from './outlet.js';

export interface Directory {
  /** Every chat user found for each address, on every platform that could look it up. */
  findByEmail(
    emails: readonly string[],
  ): Promise<Map<string, { platform: Platform; user: FoundUser }[]>>;
}

/** Asks each door's outlet; a platform that fails to answer counts as finding no one. */
export function createDirectory(outlets: readonly Outlet[]): Directory {
  return {
    async findByEmail(emails) {
      const result = new Map<string, { platform: Platform; user: FoundUser }[]>();
      const answers = await Promise.allSettled(outlets.map((o) => o.findByEmail(emails)));
      answers.forEach((answer, i) => {
        if (answer.status !== 'fulfilled') return;
        const platform = (outlets[i] as Outlet).platform;
        for (const [email, user] of answer.value) {
          result.set(email, [...(result.get(email) ?? []), { platform, user }]);
        }
      });
      return result;
    },
  };
}
