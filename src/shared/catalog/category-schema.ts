import { z } from 'zod';
import { catalogIdSchema, catalogNameSchema, keywordsSchema } from './catalog-primitives';
import { slaClassSchema } from './sla-table-schema';
import { urgencySchema } from './urgency';

/** The 派单目录 is a tree exactly three levels deep; tickets are filed under a level-3 leaf. */
export const categoryLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type CategoryLevel = z.infer<typeof categoryLevelSchema>;

/**
 * One node of the category tree, flattened (parent by id) so the center can
 * add, rename or retire a node without rewriting its subtree. Whether a node
 * is a leaf follows from the tree, so leaf-only fields are optional here and
 * their presence is checked with the tree (see find-reference-problems).
 */
export const categorySchema = z.object({
  id: catalogIdSchema,
  parentId: catalogIdSchema.nullable(),
  level: categoryLevelSchema,
  name: catalogNameSchema,
  /** Words an operator or a citizen would use for it: 暖气不热, 没暖气, 公积金 提取. */
  keywords: keywordsSchema,
  /** Leaves only: the urgency a new ticket starts with. */
  defaultUrgency: urgencySchema.optional(),
  /** Leaves only: the deadline class a new ticket starts with (normally the one its urgency selects). */
  slaClass: slaClassSchema.optional(),
});
export type Category = z.infer<typeof categorySchema>;
