import type { Locale } from '../core/localize.js';

export const messages: Record<Locale, { unknownWidget: (name: string, known: string) => string }> =
  {
    en: {
      unknownWidget: (name, known) =>
        `This graphic could not be shown: “${name}” is not a widget of this library. Available: ${known}.`,
    },
    es: {
      unknownWidget: (name, known) =>
        `No se pudo mostrar este gráfico: «${name}» no es un widget de esta biblioteca. Disponibles: ${known}.`,
    },
  };
