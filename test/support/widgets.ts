/** The widgets and their documented attributes, from the built manifest (npm test builds first). */
export interface ManifestWidget {
  tag: string;
  attributes: string[];
}

export async function manifestWidgets(): Promise<ManifestWidget[]> {
  const response = await fetch('/dist/custom-elements.json');
  if (!response.ok)
    throw new Error('dist/custom-elements.json is missing: run `npm run build` first');
  const manifest = (await response.json()) as {
    modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
  };
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) =>
      declaration.tagName
        ? [
            {
              tag: declaration.tagName,
              attributes: (declaration.attributes ?? []).map((a) => a.name),
            },
          ]
        : [],
    );
}
