//! The source list of RULES.md §0.3: every parameter's source id resolves to one of these (or to a
//! SISU parameter name, `SISU:Name`, which is part of S1, or to an `ASKEL:` modelling convention).

/// One source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// `"S1"` … `"S24"`.
    pub id: &'static str,
    /// Short title.
    pub title: &'static str,
    /// Main address.
    pub url: &'static str,
    /// Secondary source (news, interest group) rather than an official text.
    pub secondary: bool,
}

const fn s(id: &'static str, title: &'static str, url: &'static str, secondary: bool) -> Source {
    Source {
        id,
        title,
        url,
        secondary,
    }
}

static SOURCES: &[Source] = &[
    s("S1", "Statistics Finland, SISU microsimulation model, release SISU 26.10 (30.4.2026)", "https://github.com/StatisticsFinland/mikrosimulointi", false),
    s("S2", "Kela / STT 9.10.2025: Kansaneläkeindeksi tuo 0,5 prosentin korotuksen osaan Kelan etuuksista", "https://www.sttinfo.fi/tiedote/71527003/kansanelakeindeksi-tuo-05-prosentin-korotuksen-osaan-kelan-etuuksista-moni-etuus-pysyy-vuoden-2025-tasolla?lang=fi", false),
    s("S3", "Kela / STT 17.12.2025: Yleistuki korvaa Kelan työttömyystuet toukokuussa 2026", "https://www.sttinfo.fi/tiedote/71696995/yleistuki-korvaa-kelan-tyottomyystuet-toukokuussa-2026?lang=fi", false),
    s("S4", "Keskisuomalainen 2.12.2025: Hallitus tuo lisää tarveharkintaa työttömyysturvaan", "https://www.ku.fi/artikkeli/5242998-hallitus-tuo-lisaa-tarveharkintaa-tyottomyysturvaan-yleistukea-voi-joutua-odottamaan-21-viikkoa", true),
    s("S5", "MTV Uutiset / Demokraatti 18.2.2026 on työmarkkinatuki recipients", "https://www.mtvuutiset.fi/artikkeli/tyossaoloehto-kiristyi-tuhannet-putosivat-tyomarkkinatuelle/9298296", true),
    s("S6", "Kela: Basic unemployment allowance", "https://www.kela.fi/web/en/basic-unemployment-allowance", false),
    s("S7", "HE 73/2023 and StVM 16/2023; Kela adjusted unemployment benefit pages", "https://eduskunta.fi/FI/vaski/HallituksenEsitys/sivut/he_73+2023.aspx", false),
    s("S8", "HE 135/2024", "https://eduskunta.fi/FI/vaski/HallituksenEsitys/sivut/he_135+2024.aspx", false),
    s("S9", "Super unemployment fund: amount of adjusted allowance", "https://supertk.fi/en/earning-related-allowance/adjusted-earnings-related-allowance/amount-of-adjusted-allowance.html", false),
    s("S10", "Unemployment funds (YTK, Pro, Sote-kassa, Aaria): ansiopäivärahan määrä", "https://www.ytkkassa.fi/ansioturvaopas/ansiopaivaraha/ansiopaivarahan-maara/", false),
    s("S11", "SYL: Näin asumistukileikkaukset tulevat vaikuttamaan", "https://syl.fi/tietopaketti-nain-asumistukileikkaukset-tulevat-vaikuttamaan/", true),
    s("S12", "Kela: general housing allowance, income and assets; amount and payment", "https://kela.fi/general-housing-allowance-amount-and-payment", false),
    s("S13", "Verkkouutiset 12/2024: Yleiseen asumistukeen tulee leikkauksia", "https://www.verkkouutiset.fi/a/yleiseen-asumistukeen-tulee-leikkauksia/", true),
    s("S14", "Kela: yleinen asumistuki, muiden etuuksien ja tulojen vaikutus", "https://www.kela.fi/yleinen-asumistuki-muiden-etuuksien-vaikutus", false),
    s("S15", "Kela: perusomavastuu (older formula pages)", "https://www.kela.fi/perusomavastuu", false),
    s("S16", "Kela / STT 2025–2026 on toimeentulotuki; Kela income and housing-cost pages; HE 58/2023, HE 39/2019", "https://www.sttinfo.fi/tiedote/71815459/toimeentulotuen-perusosaa-leikataan-kaikilta-yli-18-vuotiailta-maaliskuusta-alkaen?lang=fi", false),
    s("S17", "Verohallinto; HE 108/2024 (2025 taxes); HE 98/2025 (2026 taxes); Kuntaliitto", "https://vero.fi/henkiloasiakkaat/vahennykset/mita-voi-vahentaa/verohallinto-laskee-nama-vahennykset-automaattisesti", false),
    s("S18", "Veronmaksajat: Yle-vero", "https://www.veronmaksajat.fi/Palkka-ja-elake/Veroprosentit/Yle-vero/", true),
    s("S19", "THL: kuntouttava työtoiminta, toimeentuloturva; Kela kulukorvaus; Finlex 1025/2022", "https://www.kela.fi/kulukorvaus", false),
    s("S20", "HE 175/2022 (palkkatuki); Kela adjusted unemployment benefit", "https://www.edilex.fi/he/20220175", false),
    s("S21", "Työeläke.fi and earnings-related pension providers: disability pensions and earnings limits", "https://www.tyoelake.fi/elakkeet-eri-elamantilanteissa/tyokyvyttomyyselake-tyokyvyn-heiketessa/", false),
    s("S22", "Kela: kuntoutusrahan määrä", "https://www.kela.fi/tyonantajat-kuntoutusraha-maara", false),
    s("S23", "Kela / STT 2024: Alle 3-vuotiaasta lapsesta maksettava lapsilisä suurenee", "https://www.sttinfo.fi/tiedote/70127847/alle-3-vuotiaasta-lapsesta-maksettava-lapsilisa-suurenee?lang=fi&publisherId=69820426", false),
    s("S24", "Kela: social assistance examples (FAQ)", "https://www.kela.fi/web/en/faq-social-assistance", false),
];

/// Every source of RULES.md §0.3.
pub fn sources() -> &'static [Source] {
    SOURCES
}

/// The source with this id (`"S3"`); for `"SISU:Name"` the SISU source S1.
pub fn find(id: &str) -> Option<&'static Source> {
    let id = if id.starts_with("SISU:") { "S1" } else { id };
    SOURCES.iter().find(|s| s.id == id)
}
