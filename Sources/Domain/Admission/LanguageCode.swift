/// ISO 639-1 language codes: how programme and previous-education languages are written
/// (az, en, ru, tr …), so that "the language of education" compares exactly.
public enum LanguageCode {
    /// The code in lower case if it is an ISO 639-1 code, else nil. Surrounding spaces are
    /// ignored; names ("English") and three-letter codes are not codes here.
    public static func normalised(_ raw: String) -> String? {
        let code = String(raw.filter { !$0.isWhitespace }).lowercased()
        return all.contains(code) ? code : nil
    }

    /// Every ISO 639-1 code.
    public static let all: Set<String> = Set("""
        aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv \
        cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr \
        ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw \
        ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv \
        ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr \
        ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi \
        yo za zh zu
        """.split(separator: " ").map(String.init))
}
