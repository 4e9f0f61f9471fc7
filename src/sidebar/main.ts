/**
 * The scenario sidebar's client: loads the spreadsheet's lists, checks the form with the same rules as the
 * server, sends it, and shows the outcome next to the fields. Bundled into Sidebar.html by the build.
 */
import { Language } from '../core/language';
import { SidebarOptions, validateScenario } from '../core/scenario';
import { parseRefusal } from '../core/scenario-fields';
import { SIDEBAR_TEXT } from '../core/scenario-text';
import { ScenarioForm } from './form';
import { callServer, closeSidebar } from './server';

const T = SIDEBAR_TEXT;

function start(options: SidebarOptions): void {
  const language: Language = options.language;
  document.documentElement.lang = language;
  const form = new ScenarioForm(language, options);
  const app = document.getElementById('app')!;
  app.replaceChildren(form.root);
  form.focusField('name');
  let lists = { targets: [...options.targets], programmes: [...options.programmes], channels: [...options.channels] };

  form.root.addEventListener('close-sidebar', () => closeSidebar());
  form.root.addEventListener('submit', (event) => {
    event.preventDefault();
    if (form.submit.disabled) return;
    const payload = form.read();
    const useCaseIds = options.useCases.map((u) => u.id);
    const check = validateScenario(payload, { existingNames: form.existingNames, useCaseIds }, language);
    form.status.textContent = '';
    if (!check.ok) {
      form.showErrors(check.errors);
      form.summary.textContent = T.fixErrors[language](check.errors.length);
      form.summary.hidden = false;
      form.focusField(check.errors[0].field);
      return;
    }
    form.showErrors([]);
    form.submit.disabled = true;
    form.submit.textContent = T.submitting[language];
    form.root.setAttribute('aria-busy', 'true');
    callServer('addScenario', payload)
      .then((added) => {
        form.existingNames = [...form.existingNames, check.scenario.name];
        const add = (list: string[], value: string) =>
          list.some((v) => v.toLowerCase() === value.toLowerCase()) ? list : [...list, value];
        lists = {
          targets: add(lists.targets, check.scenario.target),
          programmes: add(lists.programmes, check.scenario.programme),
          channels: add(lists.channels, check.scenario.channel),
        };
        form.setLists(lists);
        form.clear();
        form.status.textContent = T.added[language](added.id, added.row);
        form.focusField('name');
      })
      .catch((error: Error) => {
        const errors = parseRefusal(error.message, form.shape, language);
        form.showErrors(errors);
        const first = errors.find((e) => e.field !== null);
        if (first?.field) form.focusField(first.field);
      })
      .finally(() => {
        form.submit.disabled = false;
        form.submit.textContent = T.submit[language];
        form.root.removeAttribute('aria-busy');
      });
  });
}

callServer('getSidebarOptions')
  .then(start)
  .catch((error: Error) => {
    const loading = document.getElementById('loading')!;
    loading.setAttribute('role', 'alert');
    // The language is not known yet: say it in both.
    loading.textContent = `${T.loadFailed.en(error.message)} · ${T.loadFailed.fr(error.message)}`;
  });
