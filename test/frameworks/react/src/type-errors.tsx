// Never rendered: each line after an expect-error directive must be a type error, or `tsc
// --noEmit` fails on the unused directive. It proves the typings of refuge-widgets/react,
// refuge-widgets/jsx and the package root's tag types bite.
import type {} from 'refuge-widgets';
import type {} from 'refuge-widgets/jsx';
import {
  AsylumStat,
  DrugKillingsChart,
  PoliceDeathsChart,
  RepublishNotice,
  ViolenceTimeline,
} from 'refuge-widgets/react';

export function WrongProps() {
  return (
    <>
      {/* @ts-expect-error "deaths" is not a metric */}
      <AsylumStat metric="deaths" />
      {/* @ts-expect-error show-table is a boolean */}
      <DrugKillingsChart showTable="yes" />
      {/* @ts-expect-error "purple" is not a theme */}
      <PoliceDeathsChart theme="purple" />
      {/* @ts-expect-error the detail of republish-copy has no count */}
      <RepublishNotice onRepublishCopy={(event) => event.detail.count} />
      {/* @ts-expect-error refuge-error's detail is { code, message } */}
      <ViolenceTimeline onRefugeError={(event) => event.detail.line} />
      {/* @ts-expect-error the plain tag is typed too: "purple" is not a theme */}
      <violence-timeline theme="purple" />
    </>
  );
}

// The package root registers nothing but types the tags: document.createElement('asylum-stat')
// is an AsylumStat.
export function wrongElementProperty() {
  // @ts-expect-error "deaths" is not a metric
  document.createElement('asylum-stat').metric = 'deaths';
}
