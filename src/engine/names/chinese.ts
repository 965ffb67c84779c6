import type { ParsedName } from './types';

/** Two-character surnames: 欧阳娜娜 is Ouyang Nana, not Ou Yangnana. */
const COMPOUND = new Set(
  '欧阳 司马 诸葛 上官 东方 皇甫 令狐 公孙 慕容 尉迟 长孙 宇文 司徒 夏侯 轩辕 端木 南宫 西门 独孤 呼延 闻人 歐陽 諸葛 東方 公孫 長孫'.split(
    ' ',
  ),
);
const HONORIFIC: [RegExp, 'm' | 'f'][] = [
  [/先生$/, 'm'],
  [/(女士|小姐|太太)$/, 'f'],
];
const NO_NAME = /^(客户|顾客|客戶|顧客|访客|訪客|游客|用户|用戶|匿名|会员|會員)/;

/** A name written in Han characters: surname first, then the given name; an honorific after them. */
export function hanName(text: string): ParsedName | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[\p{Script=Han}·・]+$/u.test(compact) || NO_NAME.test(compact)) return undefined;
  let name = compact;
  let gender: 'm' | 'f' | undefined;
  for (const [suffix, g] of HONORIFIC)
    if (suffix.test(name) && name.replace(suffix, '')) {
      name = name.replace(suffix, '');
      gender = g;
    }
  // 约翰·史密斯: a foreign name written in Han, and anything longer than four characters (公司…) is no person's name to split.
  const foreign = /[·・]/.test(name);
  if (!foreign && name.length > 4) return undefined;
  const surnameLength = COMPOUND.has(name.slice(0, 2)) ? 2 : 1;
  const family = foreign ? undefined : name.slice(0, surnameLength);
  return {
    family,
    given: foreign ? undefined : name.slice(surnameLength) || undefined,
    full: name,
    gender,
    formal: gender !== undefined,
    titles: [],
    script: 'han',
  };
}

/** The commonest Chinese surnames in pinyin, and as Hong Kong, Taiwan and Singapore spell some. */
const SURNAMES = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng ' +
    'cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fu zhong cui tan fan liao shi ' +
    'jia xia fang bai zou meng xiong qin qiu hou yin xue yan duan lei long tao mao hao gu gong shao wan qian dai mo kong xiang kang ' +
    'qiao lai wen niu ouyang sima zhuge shangguan situ ' +
    'wong chan cheung leung chow ng lau tsang yip kwok lam chu lo tse mak kwan tsui yeung yuen hui choi chiu teo tan lim goh ong'
  ).split(' '),
);
// A pinyin syllable; after the first, each starts with a consonant (pinyin writes Xi'an with an apostrophe).
const FINAL = '(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|uan|iao|ian|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v|ü)';
const INITIAL = '(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])';
const ONE = new RegExp(`^${INITIAL}?${FINAL}$`);
const PINYIN = new RegExp(`^${INITIAL}?${FINAL}(?:${INITIAL}${FINAL}){0,2}$`);

/**
 * The order of a two-word name in pinyin: "Wang Xiaoming" is surname first, "Xiaoming Wang"
 * given name first (undefined: the order names are usually written in), "Li Wei" cannot be told.
 */
export function pinyinOrder(words: string[]): 'family-first' | 'ambiguous' | undefined {
  if (words.length !== 2) return undefined;
  const [a, b] = words.map((w) => w.toLowerCase()) as [string, string];
  const surname = (w: string) => SURNAMES.has(w);
  const given = (w: string, other: string) => PINYIN.test(w) && (!surname(w) || (!ONE.test(w) && surname(other)));
  if (surname(a) && given(b, a)) return 'family-first';
  if (surname(b) && given(a, b)) return undefined;
  return surname(a) && surname(b) && PINYIN.test(a) && PINYIN.test(b) ? 'ambiguous' : undefined;
}
