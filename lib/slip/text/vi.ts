import type { SlipText } from './keys';

export const vi: SlipText = {
  forPatient: 'Gửi người bệnh',
  title: 'Hôm nay dùng đơn thuốc giấy',
  titlePharmacy: 'Hôm nay chúng tôi nhận đơn thuốc giấy',
  lead: 'Hôm nay chúng tôi không thể xác nhận bảo hiểm y tế của bạn qua mạng.\nVì vậy không thể dùng đơn thuốc điện tử.',
  leadPharmacy:
    'Hôm nay chúng tôi không thể xác nhận bảo hiểm y tế của bạn qua mạng.\nVì vậy chúng tôi không thể nhận đơn thuốc điện tử. Chúng tôi nhận đơn thuốc giấy.',
  callHeading: 'Nếu có thắc mắc, hãy gọi số miễn phí này',
  lineName: 'Tổng đài miễn phí My Number, hỗ trợ tiếng nước ngoài',
  languagesLabel: 'Ngôn ngữ',
  ask: 'Khi gọi điện, hãy nói rằng bạn muốn hỏi về:',
  askTopic: 'việc dùng thẻ My Number làm thẻ bảo hiểm y tế',
  hours: 'Giờ làm việc (giờ Nhật Bản)',
  weekday: 'Ngày thường',
  saturday: 'Thứ Bảy',
  sunday: 'Chủ Nhật',
  holiday: 'ngày lễ',
  closed: 'nghỉ',
  listJoiner: ', ',
  rangeDash: '–',
  yearEndClosed: 'Nghỉ từ {d1}/{m1} đến {d2}/{m2} (dịp năm mới)',
  holidaysUnknown: 'Ở đây chưa có lịch ngày lễ của năm nay; giờ làm việc vào ngày lễ có thể khác.',
  qr: 'Thông tin thêm (tiếng Anh)',
  insurerHeading: 'Bạn cũng có thể hỏi đơn vị bảo hiểm y tế của mình',
  insurer:
    'Đơn vị bảo hiểm y tế mà bạn tham gia cũng có thể giúp bạn.\nSau khi đổi việc hoặc chuyển nhà, có thể đơn vị bảo hiểm chưa đăng ký thông tin của bạn.',
  source: 'Nguồn: thông báo của Bộ Y tế, Lao động và Phúc lợi Nhật Bản ngày 6/6/2023 (sửa đổi ngày 9/6/2023)',
};
