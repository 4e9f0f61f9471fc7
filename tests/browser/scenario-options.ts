// What getSidebarOptions answers in the scenario sidebar's browser tests: a sheet's lists, one of them hostile.
import type { SidebarOptions } from '../../src/core/scenario';

export const XSS = '<img src=x onerror=alert(1)>';
export const OPTIONS: SidebarOptions = {
  language: 'en',
  programmes: ['Conversion', 'Activation', 'Upsell', 'Customer satisfaction'],
  targets: ['All contacts', XSS],
  phases: [
    { value: 'welcome', label: 'Welcome' },
    { value: 'activation', label: 'Activation' },
    { value: 'relationship', label: 'Relationship' },
    { value: 'upsell', label: 'Upsell' },
  ],
  channels: ['Website', 'Email', 'SMS'],
  triggerTypes: [
    { value: 'behaviour', label: 'Behaviour' },
    { value: 'event', label: 'Event' },
  ],
  existingNames: ['Abandoned cart'],
  useCases: [],
  presets: [],
};
