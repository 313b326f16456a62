import { bigramProfileFromBytes, bigramProfileToBytes } from '../../shared/similarity/bigram-profile-bytes';
import { prepareText, type PreparedText } from '../../shared/similarity/rank-similar';

/**
 * How much of the call notes "already reported?" compares. A repeat call is
 * recognisable from how the problem is first described; comparing 20,000
 * characters of notes would cost 80 kB of profile per ticket and time on
 * every keystroke for no better answer.
 */
export const similarityDescriptionChars = 1000;

/** Profiles of a ticket's (or the form's) text, the description cut as above. */
export function textProfiles(title: string, description: string): PreparedText {
  return prepareText({ title, description: description.slice(0, similarityDescriptionChars) });
}

export function textProfileBytes(profiles: PreparedText): { title: Uint8Array; description: Uint8Array } {
  return { title: bigramProfileToBytes(profiles.title), description: bigramProfileToBytes(profiles.description) };
}

export function textProfilesFromBytes(title: Uint8Array, description: Uint8Array): PreparedText {
  return { title: bigramProfileFromBytes(title), description: bigramProfileFromBytes(description) };
}
