import { registerEnumType } from '@nestjs/graphql';
import { GoalCadence, GoalConfidence, GoalDirection, GoalKind, GoalPeriodKind, GoalStatus, GoalUnit } from '@kakehashi/shared-contracts';

// Registered once, imported by the models that use them.
registerEnumType(GoalKind, { name: 'GoalKind', description: 'KGI: a business outcome; KPI: an indicator that rolls up into one.' });
registerEnumType(GoalUnit, {
  name: 'GoalUnit',
  description: 'PERCENT %, CASES 件, YEN 円, POINTS pt (may be negative), COUNT, FREE (the goal names its unit).',
});
registerEnumType(GoalDirection, { name: 'GoalDirection', description: 'Up to the target, down to it, or stay within a range.' });
registerEnumType(GoalPeriodKind, { name: 'GoalPeriodKind', description: 'A quarter or a whole fiscal year.' });
registerEnumType(GoalCadence, { name: 'GoalCadence', description: 'How often the owner checks in.' });
registerEnumType(GoalStatus, { name: 'GoalStatus', description: 'draft → active → achieved, missed or cancelled.' });
registerEnumType(GoalConfidence, {
  name: 'GoalConfidence',
  description: '見込み: on track (順調), at risk (要注意), off track (未達見込み).',
});

export { GoalCadence, GoalConfidence, GoalDirection, GoalKind, GoalPeriodKind, GoalStatus, GoalUnit };
