// The spine: exact money, rates, the limit words and the rule registry.
import {
  Money,
  getRule,
  meetsBound,
  rules,
  interpretations,
  upliftRate,
  yiToYuan,
} from 'jilin-poverty-rules';

export const title = 'Core: exact money, rates, limit words, the rule registry';

export function run(out) {
  out.case('Exact money: 0.10 + 0.20 yuan, and 100 yuan split three ways so the parts sum to the whole');
  out.result('0.10 + 0.20', Money.of('0.10').plus('0.20').toString());
  out.result('100 split 1:1:1', Money.of(100).allocate([1, 1, 1]).map(String).join(' + ') + ' = 100.00');

  out.case('963.97 亿元 in yuan (1 亿元 = 100,000,000 yuan)');
  out.result('yuan', yiToYuan('963.97').format());
  out.cite(getRule('core.yiYuanUnit').citations[0]);

  out.case('A rate raised by 5 percentage points stays within [0, 1]');
  out.result('0.60 + 5 pp', upliftRate('0.60', 5).toString());
  out.result('0.98 + 5 pp', upliftRate('0.98', 5).toString());

  out.case('Limit words (Civil Code art. 1259): 不超过 includes, 超过 and 低于 exclude');
  out.result('25 不超过 25', meetsBound(25, '不超过', 25));
  out.result('70 超过 70', meetsBound(70, '超过', 70));
  out.result('200 低于 200', meetsBound(200, '低于', 200));

  out.case(`The registry: ${rules.length} rules, ${interpretations.length} interpretations`);
  for (const rule of rules.slice(0, 50))
    out.line(`${rule.id.padEnd(34)} ${rule.kind.padEnd(12)} ${rule.title.zh}`);
}
