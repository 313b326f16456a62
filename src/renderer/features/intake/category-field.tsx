import type { Urgency } from '../../../shared/catalog/urgency';
import { useT } from '../../i18n/use-t';
import { useCatalogLookups } from '../catalog/catalog-lookups';
import { CategoryPicker } from '../catalog/category-picker';
import { FieldErrorText } from './field-error-text';
import { intakeElementIds } from './intake-element-ids';
import { useFieldError, useIntakeSelector, useIntakeStore } from './intake-session-context';

/**
 * The category, which also sets the urgency to the category's default,
 * unless the operator had already chosen an urgency of their own (one that
 * differs from the previous category's default): their choice stands.
 */
export function CategoryField() {
  const t = useT();
  const store = useIntakeStore();
  const lookups = useCatalogLookups();
  const categoryId = useIntakeSelector((current) => current.current().fields.categoryId);
  const error = useFieldError('categoryId');

  function choose(nextId: string) {
    const { fields } = store.current();
    const defaultOf = (id: string): Urgency | '' => lookups?.index.categoryById.get(id)?.defaultUrgency ?? '';
    const operatorChoseUrgency = fields.urgency !== '' && fields.urgency !== defaultOf(fields.categoryId);
    const nextDefault = defaultOf(nextId);
    store.edit({ categoryId: nextId, ...(operatorChoseUrgency || nextDefault === '' ? {} : { urgency: nextDefault }) });
  }

  return (
    <CategoryPicker
      id={intakeElementIds.category}
      label={t('intake.field.categoryId')}
      placeholder={t('intake.field.categoryId.placeholder')}
      value={categoryId}
      onChange={choose}
      mode="leaf"
      required
      error={error && <FieldErrorText reason={error} />}
    />
  );
}
