import type { SlipText } from './keys';

// Simplified Chinese (the slip's lang is zh-Hans).
export const zh: SlipText = {
  forPatient: '致患者',
  title: '今天使用纸质处方',
  titlePharmacy: '今天我们接受纸质处方',
  lead: '今天无法在网上确认您的健康保险。\n因此不能使用电子处方。',
  leadPharmacy: '今天无法在网上确认您的健康保险。\n因此无法接收电子处方，我们接受纸质处方。',
  callHeading: '如有疑问，请拨打这个免费电话',
  lineName: '个人编号（My Number）免费热线 外语服务',
  languagesLabel: '语言',
  ask: '打电话时，请说明您要咨询的是：',
  askTopic: '把个人编号卡（My Number卡）当作健康保险证使用',
  hours: '受理时间（日本时间）',
  weekday: '工作日',
  saturday: '周六',
  sunday: '周日',
  holiday: '节假日',
  closed: '休息',
  listJoiner: '、',
  rangeDash: '–',
  yearEndClosed: '{m1}月{d1}日至{m2}月{d2}日（新年假期）休息',
  holidaysUnknown: '这里没有今年的节假日资料，节假日的受理时间可能不同。',
  qr: '更多信息（英文）',
  insurerHeading: '也可以咨询您的健康保险机构',
  insurer: '您加入的健康保险的保险机构也可以为您解答。\n换工作或搬家后，保险机构可能还没有完成您的登记。',
  source: '出处：日本厚生劳动省 2023年6月6日通知（6月9日修订）',
};
