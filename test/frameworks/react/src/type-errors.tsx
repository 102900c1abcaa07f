// Never rendered: each element below must be a type error, or `tsc --noEmit` fails on its unused
// expect-error directive. It proves the typings of refuge-widgets/react and refuge-widgets/jsx
// bite.
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
