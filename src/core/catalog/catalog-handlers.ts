import type { Handlers } from '../contract/dispatcher';
import type { CatalogKeeper } from './catalog-keeper';
import { noCatalogError } from './no-catalog-error';

export function createCatalogHandlers(catalogs: CatalogKeeper): Pick<Handlers, 'catalog.get'> {
  return {
    // The view is cached by the keeper: the renderer asks at every start and on every catalog.changed.
    'catalog.get': async () => {
      await catalogs.ready;
      const view = catalogs.view();
      if (!view) throw noCatalogError('catalog.get', catalogs.problems());
      return view;
    },
  };
}
