/** Sample province after the 1 July 2025 reform. Names are fictitious; every page marks them as sample data. */

export interface SeedUnit {
  slug: string;
  name: string;
  nameEn: string;
  kind:
    | "province"
    | "department"
    | "province_service_center"
    | "commune"
    | "commune_service_center"
    | "district";
  level: "province" | "commune" | "district";
  parentSlug: string | null;
  address: string;
  validFrom: string;
  validTo?: string;
  counters?: string[];
  /** Relative volume of responses and base satisfaction, for realistic differences between units. */
  volume?: number;
  satisfaction?: number;
}

export const PROVINCE_SLUG = "tinh-an-hoa";
export const PROVINCE_CENTER_SLUG = "trung-tam-phuc-vu-hcc-tinh";
const REFORM = "2025-07-01";

const OPENING_HOURS =
  "Sáng 7h30–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu; sáng thứ Bảy 7h30–11h30 (trừ ngày lễ, Tết)";

export { OPENING_HOURS };

const departments: Array<[string, string, string, number]> = [
  ["so-tu-phap", "Sở Tư pháp", "Department of Justice", 0.91],
  ["so-xay-dung", "Sở Xây dựng", "Department of Construction", 0.78],
  ["so-noi-vu", "Sở Nội vụ", "Department of Home Affairs", 0.88],
  ["so-tai-chinh", "Sở Tài chính", "Department of Finance", 0.84],
  ["so-y-te", "Sở Y tế", "Department of Health", 0.8],
  [
    "so-nong-nghiep-moi-truong",
    "Sở Nông nghiệp và Môi trường",
    "Department of Agriculture and Environment",
    0.72,
  ],
  ["so-giao-duc-dao-tao", "Sở Giáo dục và Đào tạo", "Department of Education and Training", 0.93],
];

const communes: Array<[string, string, "xa" | "phuong" | "dac-khu", number, number]> = [
  ["phuong-an-hoa", "An Hòa", "phuong", 1.6, 0.94],
  ["phuong-binh-minh", "Bình Minh", "phuong", 1.4, 0.89],
  ["phuong-hoa-lac", "Hòa Lạc", "phuong", 1.2, 0.81],
  ["phuong-trung-tam", "Trung Tâm", "phuong", 1.5, 0.76],
  ["xa-tan-phu", "Tân Phú", "xa", 1.0, 0.9],
  ["xa-long-hung", "Long Hưng", "xa", 0.8, 0.95],
  ["xa-phu-my", "Phú Mỹ", "xa", 0.9, 0.68],
  ["xa-thanh-loi", "Thạnh Lợi", "xa", 0.7, 0.86],
  ["xa-my-xuyen", "Mỹ Xuyên", "xa", 0.8, 0.83],
  ["xa-dong-son", "Đông Sơn", "xa", 0.6, 0.92],
  ["xa-vinh-thanh", "Vĩnh Thạnh", "xa", 0.7, 0.74],
  ["dac-khu-hon-ngoc", "Hòn Ngọc", "dac-khu", 0.4, 0.97],
];

const communeWord = {
  xa: ["Xã", "Commune"],
  phuong: ["Phường", "Ward"],
  "dac-khu": ["Đặc khu", "Special zone"],
} as const;

export const communeCounters = [
  "Quầy 1 — Hộ tịch, chứng thực",
  "Quầy 2 — Đất đai, xây dựng, môi trường",
  "Quầy 3 — Bảo trợ xã hội, người có công, kinh doanh",
];

export const seedUnits: SeedUnit[] = [
  {
    slug: PROVINCE_SLUG,
    name: "Tỉnh An Hòa",
    nameEn: "An Hoa Province",
    kind: "province",
    level: "province",
    parentSlug: null,
    address: "Số 1 đường Trần Hưng Đạo, phường Trung Tâm, tỉnh An Hòa",
    validFrom: REFORM,
  },
  {
    slug: PROVINCE_CENTER_SLUG,
    name: "Trung tâm Phục vụ hành chính công tỉnh An Hòa",
    nameEn: "An Hoa Provincial Public Administration Service Centre",
    kind: "province_service_center",
    level: "province",
    parentSlug: PROVINCE_SLUG,
    address: "Số 8 đường Lê Lợi, phường Trung Tâm, tỉnh An Hòa",
    validFrom: REFORM,
    counters: departments.map(([, name]) => `Quầy ${name}`),
    volume: 2.2,
    satisfaction: 0.87,
  },
  ...departments.map(
    ([slug, name, nameEn, satisfaction]): SeedUnit => ({
      slug,
      name: `${name} tỉnh An Hòa`,
      nameEn: `${nameEn}, An Hoa Province`,
      kind: "department",
      level: "province",
      parentSlug: PROVINCE_SLUG,
      address: "Khu liên cơ quan tỉnh, đường Nguyễn Huệ, phường Trung Tâm, tỉnh An Hòa",
      validFrom: REFORM,
      counters: ["Bộ phận một cửa"],
      volume: 0.35,
      satisfaction,
    }),
  ),
  ...communes.flatMap(([slug, name, kind, volume, satisfaction], i): SeedUnit[] => {
    const [vi, en] = communeWord[kind];
    const communeName = `${vi} ${name}`;
    return [
      {
        slug,
        name: communeName,
        nameEn: `${name} ${en}`,
        kind: "commune",
        level: "commune",
        parentSlug: PROVINCE_SLUG,
        address: `Trụ sở Ủy ban nhân dân ${vi.toLowerCase()} ${name}, tỉnh An Hòa`,
        validFrom: REFORM,
      },
      {
        slug: `${slug}-tthcc`,
        name: `Trung tâm Phục vụ hành chính công ${vi.toLowerCase()} ${name}`,
        nameEn: `Public Administration Service Centre, ${name} ${en}`,
        kind: "commune_service_center",
        level: "commune",
        parentSlug: slug,
        address: `Số ${12 + i * 7} đường Quang Trung, ${vi.toLowerCase()} ${name}, tỉnh An Hòa`,
        validFrom: REFORM,
        counters: communeCounters,
        volume,
        satisfaction,
      },
    ];
  }),
  // History: the district level was abolished on 1 July 2025; its communes merged into Xã Tân Phú.
  {
    slug: "huyen-tan-phu-cu",
    name: "Huyện Tân Phú (trước 01/7/2025)",
    nameEn: "Tan Phu District (before 1 July 2025)",
    kind: "district",
    level: "district",
    parentSlug: PROVINCE_SLUG,
    address: "Thị trấn Tân Phú cũ",
    validFrom: "2008-01-01",
    validTo: "2025-06-30",
  },
  {
    slug: "xa-tan-phu-cu",
    name: "Xã Tân Phú (trước 01/7/2025)",
    nameEn: "Tan Phu Commune (before 1 July 2025)",
    kind: "commune",
    level: "commune",
    parentSlug: "huyen-tan-phu-cu",
    address: "Xã Tân Phú cũ, huyện Tân Phú",
    validFrom: "2008-01-01",
    validTo: "2025-06-30",
  },
  {
    slug: "xa-tan-lap-cu",
    name: "Xã Tân Lập (trước 01/7/2025)",
    nameEn: "Tan Lap Commune (before 1 July 2025)",
    kind: "commune",
    level: "commune",
    parentSlug: "huyen-tan-phu-cu",
    address: "Xã Tân Lập cũ, huyện Tân Phú",
    validFrom: "2008-01-01",
    validTo: "2025-06-30",
  },
];

export const seedLineage = [
  { successor: "xa-tan-phu", predecessor: "xa-tan-phu-cu", effectiveOn: REFORM },
  { successor: "xa-tan-phu", predecessor: "xa-tan-lap-cu", effectiveOn: REFORM },
];

export const seedAnnouncements = [
  {
    key: "commune",
    number: "1520/QĐ-UBND (mẫu)",
    title: "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã",
    issuer: "Chủ tịch Ủy ban nhân dân tỉnh An Hòa",
    issuedOn: "2025-06-25",
    effectiveOn: "2025-07-01",
  },
  {
    key: "province",
    number: "2210/QĐ-UBND (mẫu)",
    title: "Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các sở, ngành tỉnh",
    issuer: "Chủ tịch Ủy ban nhân dân tỉnh An Hòa",
    issuedOn: "2025-07-10",
    effectiveOn: "2025-07-15",
  },
  {
    key: "amend",
    number: "845/QĐ-UBND (mẫu)",
    title: "Công bố thủ tục hành chính được sửa đổi, bổ sung và bị bãi bỏ",
    issuer: "Chủ tịch Ủy ban nhân dân tỉnh An Hòa",
    issuedOn: "2026-03-10",
    effectiveOn: "2026-03-15",
  },
] as const;

export const DEMO_PASSWORD = "HaiLong@2026";

export const seedUsers = [
  {
    email: "admin@anhoa.demo",
    name: "Quản trị tỉnh An Hòa",
    roles: [
      { unitSlug: PROVINCE_SLUG, role: "unit_admin" as const },
      { unitSlug: PROVINCE_SLUG, role: "system_admin" as const },
    ],
  },
  {
    email: "quanly.anhoa@anhoa.demo",
    name: "Quản lý phường An Hòa",
    roles: [{ unitSlug: "phuong-an-hoa", role: "unit_admin" as const }],
  },
];
