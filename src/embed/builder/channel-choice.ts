import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/localize.js';
import { version } from '../../core/version.js';
import { messages } from './builder.messages.js';
import { channelAddresses, channels, majorOf, type Channel } from './channels.js';

/**
 * The choice between the current and the pinned version (channels.ts), each with what it means
 * for the article once published, and a word when the library's address names no version.
 */
export function renderChannelChoice(
  baseUrl: string,
  chosen: Channel,
  locale: Locale,
  choose: (channel: Channel) => void,
): TemplateResult {
  const text = messages[locale];
  const { versioned } = channelAddresses(baseUrl, version);
  const labels: Record<Channel, string> = {
    current: text.current,
    pinned: text.pinned(version),
  };
  const help: Record<Channel, string> = {
    current: text.currentHelp(majorOf(version)),
    pinned: text.pinnedHelp,
  };
  return html`<fieldset aria-describedby=${versioned ? nothing : 'channel-unversioned'}>
    <legend>${text.channel}</legend>
    ${channels.map(
      (channel) =>
        html`<label class="check">
            <input
              type="radio"
              name="channel"
              id="channel-${channel}"
              value=${channel}
              .checked=${chosen === channel}
              aria-describedby="channel-${channel}-help"
              @change=${() => choose(channel)}
            />
            ${labels[channel]}
          </label>
          <p class="help" id="channel-${channel}-help">${help[channel]}</p>`,
    )}
    ${versioned ? nothing : html`<p class="help" id="channel-unversioned">${text.unversioned}</p>`}
  </fieldset>`;
}
