import { runtimeHosts } from '../settings/hostRestriction';
import type { ChannelOptions } from './channels';
import { GECKO_ID } from './identity';
import { signedXpiUrl, updateManifestUrl } from './selfHosted';
import { PLACEHOLDER_UPDATE_URL, PLACEHOLDER_XPI_URL, type TemplateOptions } from './templates';

/**
 * Which IDs and URLs the templates name. The self-hosted ID is the signing key's (an organisation's
 * own key gives its own ID), our release key's otherwise; the store IDs replace it in the ADMX and
 * Linux/macOS files only when given. URLs come from --base-url unless given one by one.
 */

export interface ReleaseTemplateInput {
  selfHostedId: string;
  chromeStoreId?: string;
  edgeStoreId?: string;
  baseUrl?: string;
  updateUrl?: string;
  xpiUrl?: string;
}

/**
 * The site list given at release time (--allowed-hosts=…, or $SHIKAKU_ALERT_ALLOWED_HOSTS): entries
 * separated by commas or white space, in siteAllowlist's forms. Throws, naming every entry the
 * browsers would ignore and why, rather than write a restriction that would not hold.
 */
export function releaseAllowedHosts(list: string | undefined): string[] | undefined {
  if (list === undefined || list.trim() === '') return undefined;
  const { allowed, refused } = runtimeHosts(list.split(/[\s,]+/));
  if (refused.length > 0) {
    const lines = refused.map(({ entry, reason }) => `  ${entry}: ${reason.en}`);
    throw new Error(`These hosts cannot go into ExtensionSettings runtime_allowed_hosts:\n${lines.join('\n')}`);
  }
  return allowed;
}

export function releaseTemplateOptions(input: ReleaseTemplateInput): TemplateOptions & { channels: ChannelOptions } {
  const updateUrl = input.updateUrl ?? (input.baseUrl ? updateManifestUrl(input.baseUrl) : PLACEHOLDER_UPDATE_URL);
  const xpiUrl = input.xpiUrl ?? (input.baseUrl ? signedXpiUrl(input.baseUrl) : PLACEHOLDER_XPI_URL);
  return {
    chromeId: input.chromeStoreId ?? input.selfHostedId,
    edgeId: input.edgeStoreId ?? input.selfHostedId,
    geckoId: GECKO_ID,
    updateUrl,
    xpiUrl,
    channels: {
      selfHosted: { id: input.selfHostedId, updateUrl },
      chromeWebStoreId: input.chromeStoreId,
      edgeAddOnsId: input.edgeStoreId,
      firefox: { geckoId: GECKO_ID, xpiUrl },
    },
  };
}
