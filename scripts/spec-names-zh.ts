/**
 * Chinese names for the 40 cases of the 0.1 flat spec files, keyed by their English name: the converter
 * (scripts/convert-spec-cases.ts) writes `name: { zh, en }` where a case's name is here. A case whose English
 * name has changed since keeps its English name only (add its Chinese name here, or in the converted file).
 */
export const SPEC_NAMES_ZH: Readonly<Record<string, string>> = Object.freeze({
  '表2 长春市 政府投入 is 28.97 亿元 (2,897,000,000.00 yuan)':
    '表2 长春市 政府投入 28.97 亿元（2,897,000,000.00 元）',
  '表2 四平市 has no 金融机构融资 listed (a blank, not a zero)':
    '表2 四平市 金融机构融资 未列数（空白，不是零）',
  '表3-1 延边州 易地搬迁脱贫 is 8.62 亿元, found by its code 222400':
    '表3-1 延边州 易地搬迁脱贫 8.62 亿元，按代码 222400 查得',
  "延边州's 表3-1 + 表3-2 (130.37 + 95.24 = 225.61) is 0.03 short of its 表2 total 225.64":
    '延边州 表3-1 + 表3-2（130.37 + 95.24 = 225.61）比表2 合计 225.64 少 0.03',
  'An unknown column is refused, listing the valid ones': '未知的栏目被拒绝，并列出有效栏目',
  '0.000000003 亿元 is exactly 0.30 yuan (conversion is exact, no binary floating point)':
    '0.000000003 亿元恰为 0.30 元（精确换算，不用二进制浮点）',
  '963.97 亿元 is 96,397,000,000.00 yuan (× 100,000,000)': '963.97 亿元为 96,397,000,000.00 元（× 1 亿）',
  '不超过 includes the number (25 m² 不超过 25 m²)': '“不超过”含本数（25 平方米不超过 25 平方米）',
  '超过 excludes the number (70% is not 超过 70%)': '“超过”不含本数（70% 不超过 70%）',
  '低于 excludes the number (200% is not 低于 200%)': '“低于”不含本数（200% 不低于 200%）',
  'A rate of 0.98 raised by 5 percentage points is capped at 1': '0.98 的比例提高 5 个百分点，以 1 为上限',
  'Gap subsidy: standard 3,900 a year × 3 members − income 7,800 = 3,900 a year, 325.00 a month':
    '差额补助：标准每年 3900 × 3 人 − 收入 7800 = 每年 3900 元，每月 325.00 元',
  'Income above the standard gives no subsidy, never a negative one': '收入高于标准时无补助，补助不为负',
  'Exempt guaranteed project returns are not counted (7,800 + 1,200 exempt → counted 7,800)':
    '豁免的保障性项目收益不计入收入（7800 + 豁免 1200 → 计入 7800）',
  'Income of exactly 200% of the standard (23,400 = 2 × 3 × 3,900) does not qualify for gradual exit (低于 excludes it)':
    '收入恰为标准的 200%（23400 = 2 × 3 × 3900）不适用渐退（“低于”不含本数）',
  'One fen below 200% qualifies, for 18 months (rural Dibao household)':
    '低于 200% 一分钱即适用渐退，期限 18 个月（农村低保户）',
  'Gradual exit from 31 January 2020: 6 quarters of 975.00, 812.50, 650.00, 487.50, 325.00, 162.50 = 3,412.50':
    '2020 年 1 月 31 日起渐退：6 个季度 975.00、812.50、650.00、487.50、325.00、162.50，合计 3412.50',
  'A household of zero members is refused, naming the field': '家庭人口为零被拒绝，并指出字段',
  'A household of 3 registered people may build 3 × 25 = 75 m²; exactly 75 m² complies (不超过 includes 25)':
    '3 名建档立卡人口可建 3 × 25 = 75 平方米；恰好 75 平方米合规（“不超过”含本数）',
  '75.01 m² for 3 registered people breaks the cap by 0.01 m²': '3 人建 75.01 平方米，超出上限 0.01 平方米',
  'Zero people is refused, naming the field': '人数为零被拒绝，并指出字段',
  'The building subsidy counts registered people only (20,000 × 3; the fourth, unregistered member adds nothing)':
    '建房补助只按建档立卡人口核算（20000 × 3；第四名未建档立卡成员不计）',
  '70 of 100 people resettled in concentrated sites is not more than 70% (超过 excludes 70%)':
    '100 人中 70 人集中安置，未超过 70%（“超过”不含本数）',
  '71 of 100 is more than 70%': '100 人中 71 人集中安置，超过 70%',
  'On 1 January 2019 relocation (by 2018) is past its deadline':
    '2019 年 1 月 1 日，易地搬迁（2018 年完成）已过期限',
  'County inpatient, 12,000 billed (10,000 in catalogue): basic insurance pays 9,700 × (65% + 5 pp) = 6,790.00 (illustrative profile)':
    '县级住院费用 12000 元（目录内 10000 元）：基本医保支付 9700 × (65% + 5 个百分点) = 6790.00（示例方案）',
  'A surgical-28 case leaves no in-catalogue cost to the patient (目录内医药费用全免)':
    '28 种重大疾病手术病例，目录内医药费用全免',
  'A cardiac intervention leaves nothing to the patient (the foundation pays the rest)':
    '心脏介入治疗个人不负担（其余由基金会支付）',
  'In-catalogue costs above the total bill are refused, naming the field':
    '目录内费用高于总费用被拒绝，并指出字段',
  "长白朝鲜族自治县 is the plan's 长白县": '长白朝鲜族自治县即规划中的长白县',
  '前郭县 is 前郭尔罗斯蒙古族自治县': '前郭县即前郭尔罗斯蒙古族自治县',
  '延边州 is 延边朝鲜族自治州, and its units take the 3% exit threshold':
    '延边州即延边朝鲜族自治州，其所属单位适用 3% 的退出标准',
  "公主岭市's code before 2020 (220381, under 四平市) still finds it":
    '用公主岭市 2020 年前的代码（220381，属四平市）仍能查到',
  '汪清县 is a national key county (国家扶贫开发工作重点县)': '汪清县是国家扶贫开发工作重点县',
  'A name the plan does not use is refused with suggestions': '规划未使用的地名被拒绝，并给出建议',
  '专栏6 lists 榆树市 for 2017': '专栏6 将榆树市列在 2017 年',
  'A Changchun district not named in 专栏6 (朝阳区) merges with 长春市（市辖区） in 2016':
    '专栏6 未列出的长春市辖区（朝阳区）随长春市（市辖区）于 2016 年并轨',
  '榆树市 (2017) has not merged by 30 June 2017 under the default reading (merged by 31 December)':
    '按默认解读（12 月 31 日前并轨），榆树市（2017 年）在 2017 年 6 月 30 日尚未并轨',
  'Every place has merged by 31 December 2018 (确保 2018 年所有地区…达到国家扶贫标准)':
    '2018 年 12 月 31 日前所有地区均已并轨（确保 2018 年所有地区…达到国家扶贫标准）',
  '16 places merge in 2018': '2018 年有 16 个地方并轨',
});
