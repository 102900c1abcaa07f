// Compares a build's public surface with the baseline of the last release. Within a major version
// nothing a published page uses may disappear or accept less; anything may be added.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const major = (version) => Number(version.split('.')[0]);
const quoted = (values) => values.map((value) => `"${value}"`).join(', ');

/** Every target file of an `exports` map (conditions nested or not), by export name. */
function exportTargets(exports) {
  const targets = [];
  const walk = (name, target) => {
    if (typeof target === 'string') targets.push([name, target]);
    else if (target && typeof target === 'object') {
      for (const value of Object.values(target)) walk(name, value);
    }
  };
  for (const [name, target] of Object.entries(exports ?? {})) walk(name, target);
  return targets;
}

/** What an attribute accepted before and no longer does, in words; undefined if nothing. */
function narrowing(before, after) {
  if (before.kind === 'text' && after.kind !== 'text') return 'no longer accepts any text';
  if (before.kind === 'boolean' && after.kind !== 'boolean') return 'is no longer on/off';
  if (before.kind === 'values') {
    if (after.kind === 'text') return undefined;
    if (after.kind === 'boolean') return `no longer accepts ${quoted(before.values)}`;
    const lost = before.values.filter((value) => !after.values.includes(value));
    if (lost.length > 0) return `no longer accepts ${quoted(lost)}`;
  }
  return undefined;
}

/**
 * The differences of `current` from `baseline`: `removed` (gone, or accepting less: breaking),
 * `added`, and `changedFigures` ({ id, description }: a figure's value or qualifier changed, a
 * correction).
 * `distDir` is where `current` was read, to check that each `exports` target is there.
 */
export function compareSurfaces(baseline, current, distDir) {
  const removed = [];
  const added = [];
  const changedFigures = [];
  const setDifference = (before = [], after = []) => [
    before.filter((item) => !after.includes(item)),
    after.filter((item) => !before.includes(item)),
  ];
  const compareLists = (label, before, after) => {
    const [lost, gained] = setDifference(before, after);
    removed.push(...lost.map((item) => `${label} ${item}`));
    added.push(...gained.map((item) => `${label} ${item}`));
  };

  for (const [tag, before] of Object.entries(baseline.elements)) {
    const after = current.elements[tag];
    if (!after) {
      removed.push(`<${tag}>`);
      continue;
    }
    for (const [name, accepted] of Object.entries(before.attributes)) {
      const now = after.attributes[name];
      if (!now) removed.push(`<${tag}> attribute "${name}"`);
      else {
        const lost = narrowing(accepted, now);
        if (lost) removed.push(`<${tag}> attribute "${name}" ${lost}`);
        if (accepted.kind === 'values' && now.kind === 'values') {
          const gained = now.values.filter((value) => !accepted.values.includes(value));
          if (gained.length > 0)
            added.push(`<${tag}> attribute "${name}" accepts ${quoted(gained)}`);
        }
      }
    }
    for (const name of Object.keys(after.attributes)) {
      if (!(name in before.attributes)) added.push(`<${tag}> attribute "${name}"`);
    }
    for (const [name, fields] of Object.entries(before.events)) {
      const now = after.events[name];
      if (!now) removed.push(`<${tag}> event "${name}"`);
      else compareLists(`<${tag}> event "${name}" detail field`, fields, now);
    }
    for (const name of Object.keys(after.events)) {
      if (!(name in before.events)) added.push(`<${tag}> event "${name}"`);
    }
    compareLists(`<${tag}> part`, before.parts, after.parts);
    compareLists(`<${tag}> CSS custom property`, before.cssProperties, after.cssProperties);
    compareLists(`<${tag}> slot`, before.slots, after.slots);
  }
  for (const tag of Object.keys(current.elements)) {
    if (!(tag in baseline.elements)) added.push(`<${tag}>`);
  }

  const inDist = (files = []) => files.map((file) => `dist/${file}`);
  compareLists('file', inDist(baseline.files), inDist(current.files));

  const exportNames = (surface) => Object.keys(surface.exports ?? {});
  compareLists('package export', exportNames(baseline), exportNames(current));
  for (const [name, target] of exportTargets(current.exports)) {
    const file = target.replace(/^\.\/dist\//, '');
    if (distDir && target.startsWith('./dist/') && !existsSync(join(distDir, file))) {
      removed.push(`package export "${name}": ${target} is not in the build`);
    }
  }

  for (const [id, before] of Object.entries(baseline.figures)) {
    const after = current.figures[id];
    if (!after) removed.push(`figure "${id}"`);
    else if (after.value !== before.value || after.qualifier !== before.qualifier) {
      changedFigures.push({
        id,
        description: `figure "${id}": ${before.qualifier} ${before.value} → ${after.qualifier} ${after.value}`,
      });
    }
  }
  for (const id of Object.keys(current.figures)) {
    if (!(id in baseline.figures)) added.push(`figure "${id}"`);
  }

  return {
    removed,
    added,
    changedFigures,
    majorChange: major(current.version) > major(baseline.version),
  };
}
