import type { z } from 'zod';
import { categoryLineage, placeLineage } from '../catalog/catalog-index';
import type { CategoryRoutingRule, RoutingRule } from '../catalog/routing-rule-schema';
import { fillReasonTemplate } from '../catalog/reason-template';
import type { ContractIssue } from '../contract/contract-error';
import type { routeSuggestionOutputSchema } from '../contract/intake/ticket-queries';
import { overrideKey, type RoutingIndex } from './routing-index';
import { unitLabel } from './unit-label';

export type RouteSuggestion = z.infer<typeof routeSuggestionOutputSchema>;
export type RoutedUnit = RouteSuggestion['coUnits'][number];

/** A suggestion, or the input fields that name nothing in this catalog. */
export type RoutingOutcome = { ok: true; suggestion: RouteSuggestion } | { ok: false; issues: ContractIssue[] };

/** Joins the reasons of the rules that decided a lead, category part first, as the intake screen shows them. */
const reasonSeparator = '；';

/**
 * Suggests the lead unit and co-units for a category and a place, in the
 * order routing-rule-schema.ts documents:
 *  1. the deepest category × place override leads (deepest category first,
 *     then deepest place, so the kind of work outranks the size of the area);
 *  2. otherwise the deepest category rule leads when its role is `lead`;
 *  3. otherwise the deepest place rule leads (属地, 一单到底);
 *  4. otherwise the place's district government leads (unclear ownership).
 * When the deepest category rule is an `authority`, its unit is offered as
 * co-unit (吹哨) under whichever unit leads. Pure, so the center can route
 * with the same code.
 */
export function routeTicket(routing: RoutingIndex, categoryId: string, placeCode: string): RoutingOutcome {
  const index = routing.catalog;
  const issues: ContractIssue[] = [];
  if (!index.categoryById.has(categoryId)) issues.push({ path: 'categoryId', reason: `no category "${categoryId}" in the catalog` });
  if (!index.placeByCode.has(placeCode)) issues.push({ path: 'placeCode', reason: `no place "${placeCode}" in the catalog` });
  if (issues.length > 0) return { ok: false, issues };

  const categories = categoryLineage(index, categoryId);
  const places = placeLineage(index, placeCode);
  const explain = (rule: RoutingRule) => explainRule(routing, rule, categoryId, placeCode);

  const override = firstDefined(categories, (category) =>
    firstDefined(places, (place) => routing.overrides.get(overrideKey(category, place))),
  );
  const categoryRule = firstDefined(categories, (category) => routing.categoryRules.get(category));
  const authority = categoryRule?.role === 'authority' ? categoryRule : undefined;

  const lead = override
    ? { unitId: override.unitId, reason: explain(override) }
    : categoryRule?.role === 'lead'
      ? { unitId: categoryRule.unitId, reason: explain(categoryRule) }
      : territorialLead(routing, places, authority, explain);

  const coUnits: RoutedUnit[] =
    authority && authority.unitId !== lead?.unitId ? [{ unitId: authority.unitId, reason: explain(authority) }] : [];
  return { ok: true, suggestion: { lead, coUnits } };
}

/** Steps 3 and 4: the place's own office, else its district government; the authority says why it is not leading. */
function territorialLead(
  routing: RoutingIndex,
  places: readonly string[],
  authority: CategoryRoutingRule | undefined,
  explain: (rule: RoutingRule) => string,
): RoutedUnit | null {
  const authorityReason = authority ? [explain(authority)] : [];
  const placeRule = firstDefined(places, (place) => routing.placeRules.get(place));
  if (placeRule) return { unitId: placeRule.unitId, reason: [...authorityReason, explain(placeRule)].join(reasonSeparator) };

  const districtCode = places.at(-1);
  const governmentId = districtCode === undefined ? undefined : routing.districtGovernments.get(districtCode);
  const government = governmentId === undefined ? undefined : routing.catalog.unitById.get(governmentId);
  if (!government) return null;
  const fallback = `无对应派单规则，权属不明确 → ${unitLabel(government)}（由区政府统筹）`;
  return { unitId: government.id, reason: [...authorityReason, fallback].join(reasonSeparator) };
}

/**
 * Fills a rule's reason template with names: the rule's own category and
 * place (the subtree that matched: 供热, not the leaf) and, for the part a
 * rule does not match on, the ticket's.
 */
function explainRule(routing: RoutingIndex, rule: RoutingRule, categoryId: string, placeCode: string): string {
  const index = routing.catalog;
  const ruleCategory = rule.kind === 'place' ? categoryId : rule.categoryId;
  const rulePlace = rule.kind === 'category' ? placeCode : rule.placeCode;
  const unit = index.unitById.get(rule.unitId);
  return fillReasonTemplate(rule.reason, {
    category: index.categoryById.get(ruleCategory)?.name,
    place: index.placeByCode.get(rulePlace)?.name,
    unit: unit ? unitLabel(unit) : rule.unitId,
  });
}

function firstDefined<T, R>(items: readonly T[], pick: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const found = pick(item);
    if (found !== undefined) return found;
  }
  return undefined;
}
