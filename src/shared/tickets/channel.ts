import { z } from 'zod';

/**
 * Where a request came in (DOMAIN.md, "A work order"). Phone is the hall's
 * calls; the rest are the online agents' channels, message_board being the
 * leaders' message board (领导留言板). Volume per channel is a KPI, so a
 * channel is never free text.
 */
export const channelSchema = z.enum(['phone', 'wechat', 'weibo', 'web', 'app', 'message_board', 'other']);
export type Channel = z.infer<typeof channelSchema>;
