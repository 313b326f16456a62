import { Redirect, Route, Switch } from 'wouter';
import { SectionFrame } from './section-frame';
import { homeSection, sections } from './sections';

export function SectionRoutes() {
  return (
    <Switch>
      {sections.map((section) => (
        <Route key={section.id} path={section.path}>
          <SectionFrame section={section} />
        </Route>
      ))}
      <Route>
        <Redirect to={homeSection.path} replace />
      </Route>
    </Switch>
  );
}
