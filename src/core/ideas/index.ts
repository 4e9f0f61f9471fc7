/**
 * The idea catalogue: omnichannel opportunities to develop and typical frictions to look for, channel by channel,
 * in the journey map's channel order. Teams pick from it to fill touchpoints; it is data, not advice to follow.
 */
import { EMAIL_IDEAS, SMS_IDEAS } from './email-and-sms';
import { Idea } from './idea';
import { CUSTOMER_SERVICE_IDEAS, PHONE_IDEAS } from './phone-and-service';
import { SOCIAL_NETWORK_IDEAS, STORE_IDEAS } from './social-and-store';
import { MOBILE_APP_IDEAS, WEBSITE_IDEAS } from './website-and-app';

export type { Idea, IdeaKind } from './idea';

export const IDEAS: readonly Idea[] = [
  ...WEBSITE_IDEAS,
  ...MOBILE_APP_IDEAS,
  ...EMAIL_IDEAS,
  ...SMS_IDEAS,
  ...PHONE_IDEAS,
  ...SOCIAL_NETWORK_IDEAS,
  ...STORE_IDEAS,
  ...CUSTOMER_SERVICE_IDEAS,
];

const BY_ID = new Map(IDEAS.map((idea) => [idea.id, idea]));

export function ideaById(id: string): Idea | undefined {
  return BY_ID.get(id);
}
