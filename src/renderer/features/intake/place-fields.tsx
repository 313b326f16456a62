import { SimpleGrid, TextInput } from '@mantine/core';
import { draftTextLimit } from '../../../shared/contract/intake/text-limits';
import { useT } from '../../i18n/use-t';
import { PlacePicker } from '../catalog/place-picker';
import { FieldErrorText } from './field-error-text';
import { intakeElementIds } from './intake-element-ids';
import { useDraftField, useFieldError, useIntakeSelector, useIntakeStore } from './intake-session-context';

/** Where: the place from the catalog (structured, for analysis by place), and the address as told. */
export function PlaceFields() {
  const t = useT();
  const store = useIntakeStore();
  const districtCode = useIntakeSelector((current) => current.current().fields.districtCode);
  const streetCode = useIntakeSelector((current) => current.current().fields.streetCode);
  const communityCode = useIntakeSelector((current) => current.current().fields.communityCode);
  const [address, setAddress] = useDraftField('address');
  const districtError = useFieldError('districtCode');
  const streetError = useFieldError('streetCode');
  const communityError = useFieldError('communityCode');
  const placeError = districtError ?? streetError ?? communityError;
  const addressError = useFieldError('address');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
      <PlacePicker
        id={intakeElementIds.place}
        label={t('intake.field.place')}
        placeholder={t('intake.field.place.placeholder')}
        value={{ districtCode, streetCode, communityCode }}
        onChange={(codes) => store.edit(codes)}
        required
        error={placeError && <FieldErrorText reason={placeError} />}
      />
      <TextInput
        id={intakeElementIds.address}
        label={t('intake.field.address')}
        value={address}
        onChange={(event) => setAddress(event.currentTarget.value)}
        error={addressError && <FieldErrorText reason={addressError} />}
        maxLength={draftTextLimit}
        autoComplete="off"
      />
    </SimpleGrid>
  );
}
