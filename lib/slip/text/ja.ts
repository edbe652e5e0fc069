import type { SlipText } from './keys';

// The Japanese slip sends the patient to マイナンバー総合フリーダイヤル 0120-95-0178 (事務連絡 ※1).
export const ja: SlipText = {
  forPatient: '患者さんへ',
  title: 'きょうは紙の{処方箋|しょほうせん}を使います',
  titlePharmacy: 'きょうは紙の{処方箋|しょほうせん}で受け付けます',
  lead: '健康保険の{資格|しかく}を、オンラインで{確認|かくにん}できませんでした。\nそのため、{電子|でんし}処方箋は使えません。',
  leadPharmacy:
    '健康保険の{資格|しかく}を、オンラインで{確認|かくにん}できませんでした。\nそのため、{電子|でんし}処方箋は受け付けられません。紙の処方箋で受け付けます。',
  callHeading: 'わからないことは、ここに電話してください',
  lineName: 'マイナンバー総合フリーダイヤル',
  languagesLabel: '対応言語',
  ask: '電話では、こう{伝|つた}えてください。',
  askTopic: '「マイナンバーカードの健康保険証利用について」',
  hours: '受付時間',
  weekday: '平日',
  saturday: '土',
  sunday: '日',
  holiday: '祝',
  closed: '休み',
  listJoiner: '・',
  rangeDash: '〜',
  yearEndClosed: '年末年始 {m1}/{d1}〜{m2}/{d2} は休み',
  holidaysUnknown: 'この年の祝日データがないため、祝日は考慮していません',
  qr: 'くわしくは',
  insurerHeading: '健康保険の{保険者|ほけんしゃ}にも聞けます',
  insurer:
    '{加入|かにゅう}している健康保険の保険者にも、聞くことができます。\n{転職|てんしょく}や引っ越しのあとは、保険者の{登録|とうろく}がまだのことがあります。',
  source: '出典：厚生労働省 事務連絡「オンライン資格確認等システムの表示等について（周知依頼）」令和5年6月6日（6月9日一部改正）',
};
