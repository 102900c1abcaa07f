import type { Locale } from '../../src/core/localize.js';
import {
  messages as builderMessages,
  type BuilderMessages,
} from '../../src/embed/builder/builder.messages.js';

/**
 * Every word of the block's editor UI, in the editor's language. The names of the options and
 * their values are the snippet builder's, so editors meet the same words in both tools.
 */
export interface BlockMessages extends Pick<
  BuilderMessages,
  'widget' | 'options' | 'notSet' | 'valueLabels' | 'attributeLabels'
> {
  placeholder: string;
  chooseWidget: string;
  unknownWidget: (tag: string) => string;
  invalidValue: (label: string, value: string, allowed: string) => string;
  unknownAttribute: (name: string) => string;
}

const pick = ({ widget, options, notSet, valueLabels, attributeLabels }: BuilderMessages) => ({
  widget,
  options,
  notSet,
  valueLabels,
  attributeLabels,
});

export const messages: Record<Locale, BlockMessages> = {
  en: {
    ...pick(builderMessages.en),
    placeholder: 'Refuge graphic',
    chooseWidget: 'Choose a graphic, then its options in the sidebar.',
    unknownWidget: (tag) =>
      `The graphic <${tag}> is not one this plugin offers, so readers see nothing here. Choose another graphic.`,
    invalidValue: (label, value, allowed) =>
      `“${value}” is not a valid choice for “${label}” (${allowed}). Readers get the default until you choose one.`,
    unknownAttribute: (name) => `This graphic has no option “${name}”; it is left out of the page.`,
  },
  es: {
    ...pick(builderMessages.es),
    placeholder: 'Gráfico de Refuge',
    chooseWidget: 'Elija un gráfico y luego sus opciones en la barra lateral.',
    unknownWidget: (tag) =>
      `El gráfico <${tag}> no está entre los que ofrece este plugin, así que los lectores no ven nada aquí. Elija otro gráfico.`,
    invalidValue: (label, value, allowed) =>
      `“${value}” no es una opción válida de “${label}” (${allowed}). Los lectores ven el valor predeterminado hasta que elija uno.`,
    unknownAttribute: (name) =>
      `Este gráfico no tiene la opción “${name}”; no se incluye en la página.`,
  },
};
