import { z } from 'zod';

/**
 * The citizen's 评价 at callback: 满意 / 基本满意 / 不满意. Unsatisfied opens the
 * rework path; how much basically_satisfied counts in the satisfaction rate
 * is a KPI setting, not part of the rating.
 */
export const ratingSchema = z.enum(['satisfied', 'basically_satisfied', 'unsatisfied']);
export type Rating = z.infer<typeof ratingSchema>;
