/**
 * The panels around the grid that the add-on opens: its sidebars (any of them, by id, each with the
 * google.script.run bridge), and what its runs showed (toasts, alerts, sidebars) as they arrive.
 */
import { FILE_ROUTES, SIDEBAR_SOURCE, SidebarMessage, UiEvents } from '../protocol';
import { showDialog, showToast } from './dialogs';
import { $, attempt, refresh } from './page';

export function openSidebar(id: number, title: string): void {
  $('sidebar-title').textContent = title;
  $<HTMLIFrameElement>('sidebar-frame').src = FILE_ROUTES.sidebar(id);
  $('sidebar-panel').hidden = false;
}

export function closeSidebar(): void {
  $('sidebar-panel').hidden = true;
  $<HTMLIFrameElement>('sidebar-frame').src = 'about:blank';
}

/** Toasts and alerts as they were shown; of the sidebars opened, the last one is the one in the panel. */
export function handleEvents(events: UiEvents): void {
  for (const toast of events.toasts) showToast(toast.title, toast.message);
  for (const alert of events.alerts) showDialog(alert.title, alert.message);
  const sidebar = events.sidebars[events.sidebars.length - 1];
  if (sidebar) openSidebar(sidebar.id, sidebar.title);
}

function fromSidebar(event: MessageEvent): SidebarMessage | null {
  const data = event.data as Partial<SidebarMessage> | null;
  if (event.origin !== window.location.origin || data?.source !== SIDEBAR_SOURCE) return null;
  return data as SidebarMessage;
}

/**
 * A sidebar's bridge says when it closes (google.script.host.close) and what each call showed; after each call
 * the page draws the workbook again, following the tab the call left in front.
 */
export function listenToSidebars(): void {
  window.addEventListener('message', (event) => {
    const message = fromSidebar(event);
    if (message?.type === 'close') closeSidebar();
    if (message?.type === 'events') {
      handleEvents(message.events);
      attempt(refresh);
    }
  });
  $('sidebar-close').addEventListener('click', closeSidebar);
}
