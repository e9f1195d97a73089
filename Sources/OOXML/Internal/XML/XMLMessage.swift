// libxml2's parse errors in Swedish: its own texts are English. The common mistakes of a
// hand-edited or damaged part are named; others are given by number.
package enum XMLMessage {
    package static func text(code: Int32) -> String {
        switch code {
        case 3, 4: return "delen är tom"
        case 5: return "text efter delens sista element"
        case 9: return "ett tecken som XML inte tillåter"
        case 23: return "en teckenreferens saknar semikolon"
        case 26: return "en okänd entitet (&…;)"
        case 38: return "tecknet < i ett attributvärde"
        case 39, 41: return "ett attribut utan värde inom citattecken"
        case 42: return "ett attribut som står två gånger"
        case 44: return "ett värde vars citattecken aldrig stängs"
        case 68: return "ett namn saknas efter <"
        case 73: return "tecknet > saknas"
        case 76: return "en sluttagg som inte stämmer med starttaggen"
        case 77, 85: return "ett element som aldrig stängs"
        case 81: return "ogiltig teckenkodning (delen ska vara UTF-8)"
        case 201: return "ett namnrymdsprefix som inte är deklarerat"
        default: return "XML-fel nummer \(code)"
        }
    }
}
